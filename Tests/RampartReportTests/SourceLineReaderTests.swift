import Foundation
import RampartReport
import Testing

@Suite struct SourceLineReaderTests {
    @Test func readsFilesRelativeToTheRootAndAbsolutePaths() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let file = root.appendingPathComponent("sub/pod.yaml")
        try Data("kind: Pod\r\nspec: {}\n".utf8).write(to: file)

        let reader = SourceLineReader.fileSystem(root: root.path)
        #expect(reader.lines(of: "sub/pod.yaml") == ["kind: Pod", "spec: {}"])
        #expect(reader.lines(of: file.path) == ["kind: Pod", "spec: {}"])
        #expect(reader.lines(of: "missing.yaml") == nil)
        #expect(reader.lines(of: "sub") == nil, "directories are not read")
        #expect(SourceLineReader.fileSystem(root: root.path, maximumBytes: 4).lines(of: "sub/pod.yaml") == nil)
    }

    @Test func readsInvalidUTF8WithReplacementCharacters() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("rampart-lines-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data([0x61, 0xFF, 0x62, 0x0A]).write(to: root.appendingPathComponent("bad.txt"))
        #expect(SourceLineReader.fileSystem(root: root.path).lines(of: "bad.txt") == ["a\u{FFFD}b"])
    }

    @Test func servesInMemoryFiles() {
        let reader = SourceLineReader.inMemory(["a": "x\ny", "b": ""])
        #expect(reader.lines(of: "a") == ["x", "y"])
        #expect(reader.lines(of: "b") == [""])
        #expect(reader.lines(of: "c") == nil)
        #expect(SourceLineReader.none.lines(of: "a") == nil)
    }
}
