import CELExtensions
import Testing

@Suite struct KubernetesURLTests {
    func url(_ text: String) throws -> KubernetesURL { try KubernetesURL(parsing: text) }

    @Test func parts() throws {
        let full = try url("https://user:pass@kubernetes.io:80/docs/home?k1=a&k2=b&k2=c#anchor")
        #expect(full.scheme == "https")
        #expect(full.host == "kubernetes.io:80")
        #expect(full.hostname == "kubernetes.io")
        #expect(full.port == "80")
        #expect(full.escapedPath == "/docs/home")
        #expect(full.query == ["k1": ["a"], "k2": ["b", "c"]])
    }

    @Test func hostsAndPorts() throws {
        #expect(try url("https://[::1]:80/").host == "[::1]:80")
        #expect(try url("https://[::1]/").hostname == "::1")
        #expect(try url("https://127.0.0.1/").hostname == "127.0.0.1")
        #expect(try url("https://example.com/").port == "")
        #expect(try url("/path").host == "")
        #expect(try url("/path").scheme == "")
        #expect(try url("HTTPS://x/").scheme == "https")
    }

    @Test func paths() throws {
        #expect(try url("https://example.com/with space/").escapedPath == "/with%20space/")
        #expect(try url("https://example.com").escapedPath == "")
        #expect(try url("https://example.com/a%2Fb").escapedPath == "/a%2Fb")
        #expect(try url("https://example.com/a!b").escapedPath == "/a!b")
    }

    @Test func queries() throws {
        #expect(
            try url("https://example.com/path?key with spaces=value with spaces").query == [
                "key with spaces": ["value with spaces"]
            ])
        #expect(try url("https://example.com/path?").query.isEmpty)
        #expect(try url("https://example.com/path?a=1+2&b=%41&bad=%zz").query == ["a": ["1 2"], "b": ["A"]])
    }

    @Test(arguments: [
        ("https://user:pass@example.com:80/path?query=val#fragment", true), ("/path", true),
        ("https://a:b:c/", false), ("../relative-path", false), ("", false), ("https:://kubernetes.io/", true),
        ("http://exa mple.com/", false), ("http://[::1/", false),
    ])
    func validity(_ text: String, _ valid: Bool) {
        #expect(KubernetesURL.isValid(text) == valid)
    }

    @Test func opaque() throws {
        #expect(try url("https:://kubernetes.io/").hostname == "")
        #expect(try url("mailto:someone@example.com").scheme == "mailto")
    }
}
