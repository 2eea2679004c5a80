import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

extension ReportContext {
    /// Whether output to `fileDescriptor` should be coloured: it is a terminal, `TERM` is not
    /// `dumb`, and `NO_COLOR` is unset, unless `FORCE_COLOR` is set (non-empty, not `0`), which
    /// wins over everything.
    ///
    /// - Parameter environment: The variables to consult; `nil` reads the process environment.
    ///
    /// ```swift
    /// let context = ReportContext(isTerminal: ReportContext.wantsColour(fileDescriptor: 1))
    /// ```
    public static func wantsColour(
        fileDescriptor: Int32 = 1, environment: [String: String]? = nil
    ) -> Bool {
        let environment = environment ?? ProcessInfo.processInfo.environment
        func isSet(_ name: String) -> Bool {
            guard let value = environment[name] else { return false }
            return !value.isEmpty && value != "0"
        }
        if isSet("FORCE_COLOR") { return true }
        if environment["NO_COLOR"].map({ !$0.isEmpty }) == true { return false }
        if environment["TERM"] == "dumb" { return false }
        return isatty(fileDescriptor) == 1
    }

    /// Columns of the terminal at `fileDescriptor`; else `COLUMNS` when it is a positive number;
    /// else `fallback`. `environment` `nil` reads the process environment.
    public static func terminalColumns(
        fileDescriptor: Int32 = 1, environment: [String: String]? = nil, fallback: Int = 100
    ) -> Int {
        let environment = environment ?? ProcessInfo.processInfo.environment
        var size = winsize()
        if isatty(fileDescriptor) == 1, ioctl(fileDescriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 {
            return Int(size.ws_col)
        }
        if let columns = environment["COLUMNS"].flatMap(Int.init), columns > 0 { return columns }
        return fallback
    }
}
