extension JSONValue {
    /// The value as pretty-printed JSON: two-space indent, keys sorted, a final newline.
    func serialized() -> String {
        String(decoding: serializedBytes(), as: UTF8.self)
    }

    /// The same text as UTF-8 bytes, without the copy into a `String`.
    func serializedBytes() -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(4096)
        write(into: &out, indent: 0, sink: nil)
        out.append(UInt8(ascii: "\n"))
        return out
    }

    /// Writes the text in chunks of about `chunkSize` bytes, flushed between the elements of
    /// generated arrays, so memory stays bounded whatever the number of findings.
    func stream(chunkSize: Int = 1 << 20, to sink: ([UInt8]) -> Void) {
        var out: [UInt8] = []
        out.reserveCapacity(chunkSize + 4096)
        withoutActuallyEscaping(sink) { emit in
            write(into: &out, indent: 0, sink: Sink(chunkSize: chunkSize, emit: emit))
        }
        out.append(UInt8(ascii: "\n"))
        sink(out)
    }

    /// Where streamed output goes, and how much to buffer before handing it over.
    struct Sink {
        let chunkSize: Int
        let emit: ([UInt8]) -> Void
    }

    private func write(into out: inout [UInt8], indent: Int, sink: Sink?) {
        switch self {
        case .null: out.append(contentsOf: "null".utf8)
        case .bool(let value): out.append(contentsOf: (value ? "true" : "false").utf8)
        case .int(let value): out.append(contentsOf: String(value).utf8)
        case .string(let value): Self.writeString(value, into: &out)
        case .array(let values):
            guard !values.isEmpty else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for (index, value) in values.enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(into: &out, indent: indent + 1)
                value.write(into: &out, indent: indent + 1, sink: sink)
            }
            Self.newline(into: &out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .generated(let elements):
            guard elements.count > 0 else { return out.append(contentsOf: "[]".utf8) }
            out.append(UInt8(ascii: "["))
            for index in 0..<elements.count {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(into: &out, indent: indent + 1)
                elements.element(index).write(into: &out, indent: indent + 1, sink: sink)
                if let sink, out.count >= sink.chunkSize {
                    sink.emit(out)
                    out.removeAll(keepingCapacity: true)
                }
            }
            Self.newline(into: &out, indent: indent)
            out.append(UInt8(ascii: "]"))
        case .object(let members):
            guard !members.isEmpty else { return out.append(contentsOf: "{}".utf8) }
            out.append(UInt8(ascii: "{"))
            for (index, key) in members.keys.sorted(by: Self.byteOrder).enumerated() {
                if index > 0 { out.append(UInt8(ascii: ",")) }
                Self.newline(into: &out, indent: indent + 1)
                Self.writeString(key, into: &out)
                out.append(contentsOf: ": ".utf8)
                members[key]!.write(into: &out, indent: indent + 1, sink: sink)
            }
            Self.newline(into: &out, indent: indent)
            out.append(UInt8(ascii: "}"))
        }
    }

    /// Orders keys by their UTF-8 bytes, the order `jq -S` and most sorters use.
    private static func byteOrder(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.lexicographicallyPrecedes(rhs.utf8)
    }

    private static func newline(into out: inout [UInt8], indent: Int) {
        out.append(UInt8(ascii: "\n"))
        out.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent * 2))
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Writes a JSON string literal; control characters and U+2028/U+2029 are escaped.
    ///
    /// Works on UTF-8 bytes: multi-byte sequences are copied unchanged except the two line
    /// separators (`E2 80 A8`, `E2 80 A9`), which JavaScript parsers treat as line breaks.
    private static func writeString(_ text: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let utf8 = text.utf8
        if !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == 0xE2 }) {
            out.append(contentsOf: utf8)
            out.append(UInt8(ascii: "\""))
            return
        }
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case UInt8(ascii: "\""): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\"")])
            case UInt8(ascii: "\\"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "\\")])
            case UInt8(ascii: "\n"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "n")])
            case UInt8(ascii: "\r"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "r")])
            case UInt8(ascii: "\t"): out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "t")])
            case 0..<0x20: writeUnicodeEscape(UInt32(byte), into: &out)
            case 0xE2:
                let second = utf8.index(after: index)
                let third = second == utf8.endIndex ? second : utf8.index(after: second)
                if third != utf8.endIndex, utf8[second] == 0x80, utf8[third] == 0xA8 || utf8[third] == 0xA9 {
                    writeUnicodeEscape(utf8[third] == 0xA8 ? 0x2028 : 0x2029, into: &out)
                    index = third
                } else {
                    out.append(byte)
                }
            default: out.append(byte)
            }
            index = utf8.index(after: index)
        }
        out.append(UInt8(ascii: "\""))
    }

    private static func writeUnicodeEscape(_ value: UInt32, into out: inout [UInt8]) {
        out.append(contentsOf: [UInt8(ascii: "\\"), UInt8(ascii: "u")])
        for shift in stride(from: 12, through: 0, by: -4) {
            out.append(hexDigits[Int((value >> UInt32(shift)) & 0xF)])
        }
    }
}
