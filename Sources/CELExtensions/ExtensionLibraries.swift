public import CEL

/// Every library of this module, for callers (conformance runners, `rampart policy eval`) that
/// want all extensions at once.
public enum ExtensionLibraries {
    /// The cel-go / cel-spec extensions at their latest versions: strings, lists, sets, math,
    /// encoders and network.
    public static func celExtensions() -> [any CELLibrary] {
        [
            CELStringsExtension(), CELListsExtension(), CELSetsExtension(), CELMathExtension(), CELEncodersExtension(),
            CELNetworkExtension(),
        ]
    }

    /// The Kubernetes libraries at their latest versions.
    public static func kubernetes() -> [any CELLibrary] {
        [
            KubernetesURLLibrary(), KubernetesRegexLibrary(), KubernetesListsLibrary(), KubernetesQuantityLibrary(),
            KubernetesIPLibrary(), KubernetesCIDRLibrary(), KubernetesFormatLibrary(), KubernetesSemverLibrary(),
        ]
    }

    /// All extension libraries (cel-go extensions, then Kubernetes'), without the standard and
    /// optional libraries; append them to ``CEL/CELEnvironment/defaultLibraries``.
    public static func all() -> [any CELLibrary] { celExtensions() + kubernetes() }
}
