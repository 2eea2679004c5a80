import RampartCore
import RampartPolicy
import Testing

@Suite struct SuppressionTests {
    static let keys: Set<String> = ["rmp-k8s-0001", "ckv_k8s_16", "ksv017", "avd-ksv-0017"]

    @Test(arguments: [
        ("rampart:ignore:RMP-K8S-0001 needed for the CNI", true, "needed for the CNI"),
        ("rampart:ignore:RMP-K8S-0002,RMP-K8S-0001", true, ""),
        ("trivy:ignore:KSV017", true, ""),
        ("checkov:skip=CKV_K8S_16:legacy", true, "legacy"),
        ("rampart:ignore:RMP-K8S-0002", false, ""),
        ("just a comment", false, ""),
    ])
    func markersMatchThroughAliases(comment: String, suppresses: Bool, reason: String) {
        let marker = InlineMarker.parse(comment)
        #expect((marker?.covers(Self.keys) ?? false) == suppresses)
        if suppresses { #expect(marker?.reason == reason) }
    }

    static let pod = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: p
        spec:
          containers:
            - name: a
              securityContext:
                privileged: true # rampart:ignore:RMP-K8S-0001 trailing
            # rampart:ignore:RMP-K8S-0001 block above exp:2030-01-01
            - name: b
              securityContext:
                privileged: true
            # trivy:ignore:KSV017 exp:2020-01-01
            - name: c
              securityContext:
                privileged: true
        """

    @Test func trailingAndBlockMarkersCoverTheirLines() throws {
        let document = try #require(PolicyFixtures.documents(Self.pod).first)
        let index = SuppressionIndex(document: document, today: "2026-06-01")
        #expect(index.suppression(ruleKeys: Self.keys, line: 9)?.reason == "trailing")
        #expect(index.suppression(ruleKeys: Self.keys, line: 11) != nil)
        #expect(index.suppression(ruleKeys: Self.keys, line: 13) != nil)
        #expect(index.suppression(ruleKeys: ["rmp-k8s-0099"], line: 13) == nil)
        // Expired marker no longer applies.
        #expect(index.suppression(ruleKeys: Self.keys, line: 17) == nil)
        #expect(index.suppression(ruleKeys: Self.keys, line: 7) == nil)
    }

    @Test func kicsMarkers() throws {
        let document = try #require(
            PolicyFixtures.documents(
                """
                a:
                  # kics-scan ignore-line
                  b: 1
                  c: 2
                """
            ).first)
        let index = SuppressionIndex(document: document, today: "2026-06-01")
        #expect(index.suppression(ruleKeys: ["x"], line: 3) != nil)
        #expect(index.suppression(ruleKeys: ["x"], line: 4) == nil)
        let whole = try #require(PolicyFixtures.documents("# kics-scan disable=abc-123\na: 1\nb: 2\n").first)
        let wholeIndex = SuppressionIndex(document: whole, today: "2026-06-01")
        #expect(wholeIndex.suppression(ruleKeys: ["abc-123"], line: 3) != nil)
        #expect(wholeIndex.suppression(ruleKeys: ["other"], line: 3) == nil)
    }

    @Test func ignoreFileBothForms() throws {
        let yaml = try IgnoreFile.load(
            bytes: Array(
                """
                - id: CKV_K8S_16
                  paths: ["legacy/**"]
                  reason: tracked in SEC-1
                - id: RMP-K8S-0002
                  expires: 2020-01-01
                """.utf8), file: ".rampartignore")
        #expect(
            yaml.suppression(ruleKeys: Self.keys, path: "legacy/a.yaml", today: "2026-01-01")?.reason
                == "tracked in SEC-1")
        #expect(yaml.suppression(ruleKeys: Self.keys, path: "prod/a.yaml", today: "2026-01-01") == nil)
        #expect(yaml.suppression(ruleKeys: ["rmp-k8s-0002"], path: "a.yaml", today: "2026-01-01") == nil)
        let plain = try IgnoreFile.load(bytes: Array("# comment\nKSV017 exp:2030-01-01\n".utf8), file: ".rampartignore")
        #expect(plain.suppression(ruleKeys: Self.keys, path: "any.yaml", today: "2026-01-01") != nil)
    }
}
