import RampartDockerfile
import Testing

@Suite struct DetectorTests {
    @Test(arguments: [
        "Dockerfile", "dockerfile", "DOCKERFILE", "Containerfile", "containerfile", "app/Dockerfile", "Dockerfile.prod",
        "Dockerfile.dev.arm64", "Containerfile.fedora", "build/api.dockerfile", "api.Dockerfile", "web.containerfile",
    ])
    func recognisedNames(_ path: String) {
        #expect(DockerfileDetector.isDockerfileName(path))
    }

    @Test(arguments: [
        "Dockerfile/", "dockerfiles", "Dockerfile.", ".dockerfile", "docker-compose.yml", "Makefile", "README.md",
        "MyDockerfile", "dockerfile.go.bak/x",
    ])
    func otherNames(_ path: String) {
        #expect(!DockerfileDetector.isDockerfileName(path))
    }

    @Test func contentSniffing() throws {
        #expect(DockerfileDetector.looksLikeDockerfile("# comment\nFROM alpine\nRUN echo hi\n"))
        #expect(
            DockerfileDetector.looksLikeDockerfile(
                "# syntax=docker/dockerfile:1\nARG V=1\nfrom alpine:$V\nrun apk add \\\n  curl\n"))
        #expect(DockerfileDetector.looksLikeDockerfile("FROM a\nRUN <<EOF\nnot an instruction\nneither\nEOF\nCMD x\n"))
        #expect(DockerfileDetector.looksLikeDockerfile(try fixture("go-multistage.Dockerfile")))
        #expect(!DockerfileDetector.looksLikeDockerfile("RUN echo hi\nFROM alpine\n"))
        #expect(!DockerfileDetector.looksLikeDockerfile("apiVersion: v1\nkind: Pod\n"))
        #expect(
            !DockerfileDetector.looksLikeDockerfile(
                "From: someone@example.com\nSubject: hi\nBody text\nmore text\nmore\n"))
        #expect(!DockerfileDetector.looksLikeDockerfile(""))
    }
}
