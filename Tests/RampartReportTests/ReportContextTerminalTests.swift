import Foundation
import RampartReport
import Testing

@Suite struct ReportContextTerminalTests {
    /// A pipe's write end: a file descriptor that is certainly not a terminal.
    func withPipe<T>(_ body: (Int32) -> T) -> T {
        let pipe = Pipe()
        return body(pipe.fileHandleForWriting.fileDescriptor)
    }

    @Test func coloursOnlyTerminalsUnlessForced() {
        withPipe { fd in
            #expect(!ReportContext.wantsColour(fileDescriptor: fd, environment: [:]))
            #expect(ReportContext.wantsColour(fileDescriptor: fd, environment: ["FORCE_COLOR": "1"]))
            #expect(!ReportContext.wantsColour(fileDescriptor: fd, environment: ["FORCE_COLOR": "0"]))
            #expect(ReportContext.wantsColour(fileDescriptor: fd, environment: ["FORCE_COLOR": "1", "NO_COLOR": "1"]))
        }
    }

    @Test func honoursNoColorAndDumbTerminals() {
        // These hold whatever the file descriptor is.
        #expect(!ReportContext.wantsColour(fileDescriptor: 1, environment: ["NO_COLOR": "1"]))
        #expect(!ReportContext.wantsColour(fileDescriptor: 1, environment: ["TERM": "dumb"]))
    }

    @Test func readsColumnsFromTheEnvironmentWhenNotATerminal() {
        withPipe { fd in
            #expect(ReportContext.terminalColumns(fileDescriptor: fd, environment: ["COLUMNS": "77"]) == 77)
            #expect(
                ReportContext.terminalColumns(fileDescriptor: fd, environment: ["COLUMNS": "wide"], fallback: 90) == 90)
            #expect(ReportContext.terminalColumns(fileDescriptor: fd, environment: ["COLUMNS": "-3"]) == 100)
        }
    }
}
