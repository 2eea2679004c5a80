import CEL
import CELExtensions

/// Which libraries each conformance file needs: the one place where the extension libraries
/// (module CELExtensions) are plugged in. `nil` means the file is not supported yet and is
/// reported as skipped.
enum ConformanceLibraries {
    static func libraries(forFile file: String) -> [any CELLibrary]? {
        switch file {
        case "encoders_ext", "math_ext", "network_ext", "string_ext":
            return CELEnvironment.defaultLibraries + ExtensionLibraries.celExtensions()
        case "proto2_ext":
            return nil
        default:
            return CELEnvironment.defaultLibraries
        }
    }
}
