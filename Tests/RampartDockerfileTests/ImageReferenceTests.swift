import RampartDockerfile
import Testing

@Suite struct ImageReferenceTests {
    @Test(
        arguments: [
            ("alpine", "alpine", nil, nil),
            ("alpine:3.19", "alpine", "3.19", nil),
            ("library/alpine:latest", "library/alpine", "latest", nil),
            ("registry:5000/ns/name", "registry:5000/ns/name", nil, nil),
            ("registry:5000/ns/name:tag", "registry:5000/ns/name", "tag", nil),
            ("registry:5000/ns/name:tag@sha256:abc123", "registry:5000/ns/name", "tag", "sha256:abc123"),
            ("ghcr.io/o/app@sha256:deadbeef", "ghcr.io/o/app", nil, "sha256:deadbeef"),
            ("localhost:5000/app", "localhost:5000/app", nil, nil),
            ("[::1]:5000/app:v1", "[::1]:5000/app", "v1", nil),
        ] as [(String, String, String?, String?)])
    func splitsNameTagDigest(_ reference: String, _ name: String, _ tag: String?, _ digest: String?) {
        let parsed = ImageReference(parsing: reference)
        #expect(parsed.name == name)
        #expect(parsed.tag == tag)
        #expect(parsed.digest == digest)
        #expect(!parsed.isScratch)
    }

    @Test func scratchAndPlatform() {
        let file = parse("FROM --platform=linux/arm64 SCRATCH\n")
        #expect(file.stages[0].from.isScratch)
        #expect(file.stages[0].from.platform == "linux/arm64")
    }
}
