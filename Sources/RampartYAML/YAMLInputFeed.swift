import CLibYAML

/// Feeds libyaml its input in small chunks and stops it when flow collections nest too deep.
///
/// libyaml's scanner checks every open flow level for stale simple keys on each token, so `[[[[…`
/// costs time quadratic in the depth (100,000 levels: about 25 s) inside a single parse call. Handing
/// the input over 4 KiB at a time lets the reader look at the flow level between chunks and refuse
/// to go on (libyaml then reports an input error, which the composer turns into `nesting-too-deep`).
final class YAMLInputFeed {
    static let chunkSize = 4096

    let text: UnsafeBufferPointer<UInt8>
    let parser: UnsafeMutablePointer<yaml_parser_t>
    let maxFlowLevel: Int
    private var offset = 0
    /// Set when the feed refused more input because of the flow level.
    private(set) var stoppedTooDeep = false

    init(text: UnsafeBufferPointer<UInt8>, parser: UnsafeMutablePointer<yaml_parser_t>, maxFlowLevel: Int) {
        self.text = text
        self.parser = parser
        self.maxFlowLevel = maxFlowLevel
    }

    /// Installs this feed as the parser's input; the feed must outlive the parse.
    func install() {
        yaml_parser_set_input(
            parser,
            { data, buffer, size, sizeRead in
                guard let data, let buffer, let sizeRead else { return 0 }
                return Unmanaged<YAMLInputFeed>.fromOpaque(data).takeUnretainedValue().read(
                    into: buffer, size: size, sizeRead: sizeRead)
            }, Unmanaged.passUnretained(self).toOpaque())
    }

    private func read(into buffer: UnsafeMutablePointer<UInt8>, size: Int, sizeRead: UnsafeMutablePointer<Int>) -> Int32
    {
        if Int(parser.pointee.flow_level) > maxFlowLevel {
            stoppedTooDeep = true
            return 0
        }
        let count = min(size, Self.chunkSize, text.count - offset)
        if count > 0, let base = text.baseAddress {
            buffer.update(from: base + offset, count: count)
        }
        offset += count
        sizeRead.pointee = count
        return 1
    }
}
