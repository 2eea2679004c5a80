import Foundation
import RampartCore

/// Helm chart templates (`<chart>/templates/*.yaml` next to a `Chart.yaml`) are Go templates, not
/// YAML: reading them as YAML only yields syntax errors. Until charts are rendered, they are skipped
/// with a note so the report says what was not scanned.
enum HelmTemplates {
    /// `true` when the file lies under the `templates/` folder of a Helm chart.
    static func isChartTemplate(path: String) -> Bool {
        var url = URL(fileURLWithPath: path).deletingLastPathComponent()
        while url.path != "/" && !url.path.isEmpty {
            if url.lastPathComponent == "templates" {
                let chart = url.deletingLastPathComponent().appendingPathComponent("Chart.yaml")
                return FileManager.default.fileExists(atPath: chart.path)
            }
            url.deleteLastPathComponent()
        }
        return false
    }

    static func skipped(_ displayPath: String) -> Diagnostic {
        Diagnostic(
            Diagnostic.Code("helm-template-skipped"),
            "Helm chart template; charts are not rendered yet, so this file was not scanned.", level: .note,
            file: displayPath)
    }
}
