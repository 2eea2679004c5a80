import RampartCore

/// Suppressions written as Kubernetes annotations on the resource itself:
/// `checkov.io/skip1: CKV_K8S_20=reason` (Checkov) and `rampart.dev/ignore: RMP-K8S-0001,CKV_K8S_16`
/// with an optional `rampart.dev/ignore-reason`.
enum AnnotationSuppressions {
    static func suppression(in resource: ConfigResource, ruleKeys: Set<String>) -> Suppression? {
        guard resource.platform == "kubernetes",
            let annotations = resource.node["metadata"]?["annotations"]?.mapValue
        else { return nil }
        for entry in annotations.entries {
            guard let value = entry.value.stringValue else { continue }
            if entry.key.hasPrefix("checkov.io/skip") {
                let parts = value.split(separator: "=", maxSplits: 1).map(String.init)
                guard let id = parts.first?.lowercased(), ruleKeys.contains(id) else { continue }
                return Suppression(
                    source: .annotation, reason: parts.count > 1 ? parts[1] : "",
                    location: resource.document.range(entry.keySpan), marker: "\(entry.key): \(value)")
            }
            if entry.key == "rampart.dev/ignore" {
                let ids = Set(value.split(separator: ",").map { $0.trimmingCharacters().lowercased() })
                guard !ids.isDisjoint(with: ruleKeys) || ids.contains("*") else { continue }
                return Suppression(
                    source: .annotation, reason: annotations["rampart.dev/ignore-reason"]?.stringValue ?? "",
                    location: resource.document.range(entry.keySpan), marker: "\(entry.key): \(value)")
            }
        }
        return nil
    }
}

extension Substring {
    fileprivate func trimmingCharacters() -> String {
        var view = self
        while let first = view.first, first.isWhitespace { view.removeFirst() }
        while let last = view.last, last.isWhitespace { view.removeLast() }
        return String(view)
    }
}
