/// The registry of configuration formats: adding a format is one line here.
public enum BuiltinFormats {
    /// Every built-in format, in dispatch order.
    public static let all: [any ConfigFormat] = [
        KubernetesFormat(),
        DockerfileFormat(),
    ]
}
