public import CEL

/// The cel-go encoders extension (`cel.lib.ext.encoders`): `base64.encode(bytes)` and
/// `base64.decode(string)`, which also accepts input without `=` padding.
public struct CELEncodersExtension: CELLibrary {
    /// `cel.lib.ext.encoders`.
    public var id: String { "cel.lib.ext.encoders" }
    /// The version declared by this instance.
    public var version: Int
    /// The newest version.
    public static let latestVersion = 0

    /// Creates the library at a version (default: latest).
    public init(version: Int = CELEncodersExtension.latestVersion) { self.version = version }

    /// The functions this version declares.
    public var functions: [CELFunction] {
        let linear = CELCallCost.linear(base: 1, perUnit: 0.1)
        return [
            CELFunction(
                "base64.encode",
                .unary("base64_encode_bytes", .bytes, .string, cost: linear) { value in
                    guard case .bytes(let bytes) = value else { return .noOverload("base64.encode", [value]) }
                    return .string(Base64Codec.encode(bytes))
                }),
            CELFunction(
                "base64.decode",
                .unary("base64_decode_string", .string, .bytes, cost: linear) { value in
                    guard case .string(let text) = value else { return .noOverload("base64.decode", [value]) }
                    guard let bytes = Base64Codec.decode(text, allowUnpadded: true) else {
                        return .invalid("base64.decode: illegal base64 data in '\(text)'")
                    }
                    return .bytes(bytes)
                }),
        ]
    }
}
