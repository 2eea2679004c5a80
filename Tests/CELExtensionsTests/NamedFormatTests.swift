import CELExtensions
import Testing

@Suite struct NamedFormatTests {
    @Test(arguments: [
        (NamedFormat.dns1123Label, "my-label-name"), (.dns1123Subdomain, "apiextensions.k8s.io"),
        (.qualifiedName, "apiextensions.k8s.io/v1beta1"), (.dns1123LabelPrefix, "my-label-prefix-"),
        (.dns1123SubdomainPrefix, "mysubdomain.prefix.-"), (.dns1035LabelPrefix, "my-label-prefix-"),
        (.uri, "http://example.com"), (.uuid, "123e4567-e89b-12d3-a456-426614174000"), (.byte, "aGVsbG8="),
        (.date, "2021-01-01"), (.datetime, "2021-01-01T00:00:00Z"), (.labelValue, "my-cool-label-Value"),
        (.labelValue, ""), (.datetime, "2021-01-01T00:00:00.123+02:00"), (.date, "2024-02-29"),
    ])
    func accepts(_ format: NamedFormat, _ value: String) {
        #expect(format.validate(value).isEmpty, "\(format.name) \(value)")
    }

    @Test(arguments: [
        (NamedFormat.byte, "aGVsbG8", "invalid base64"), (.date, "2020-01-32", "invalid date"),
        (.datetime, "2020-01-32T00:00:00Z", "invalid datetime"), (.uri, "relative", "invalid URI"),
        (.uuid, "123e4567", "does not match the UUID format"), (.date, "2023-02-29", "invalid date"),
    ])
    func rejectsWithMessage(_ format: NamedFormat, _ value: String, _ message: String) {
        #expect(format.validate(value) == [message])
    }

    @Test func kubernetesMessages() {
        #expect(
            NamedFormat.dns1123Label.validate("contains a space") == [
                "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')"
            ])
        #expect(
            NamedFormat.qualifiedName.validate("contains a space") == [
                "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')"
            ])
        #expect(
            NamedFormat.dns1123Label.validate(String(repeating: "a", count: 64)) == [
                "must be no more than 63 characters"
            ])
        #expect(NamedFormat.qualifiedName.validate("/name") == ["prefix part must be non-empty"])
        #expect(NamedFormat.qualifiedName.validate("a/b/c").count == 1)
    }

    @Test func lookupByName() {
        #expect(NamedFormat.all.count == 13)
        for format in NamedFormat.all { #expect(NamedFormat.named(format.name) == format) }
        #expect(NamedFormat.named("unknown") == nil)
    }

    @Test func uuidWithoutHyphens() {
        #expect(NamedFormat.uuid.validate("123e4567e89b12d3a456426614174000").isEmpty)
        #expect(!NamedFormat.uuid.validate("123e4567-e89b-12d3-a456-42661417400").isEmpty)
    }
}

@Suite struct Base64CodecTests {
    @Test func roundTrip() {
        for text in ["", "h", "he", "hel", "hello", "Hello World!"] {
            let encoded = Base64Codec.encode(Array(text.utf8))
            #expect(Base64Codec.decode(encoded, allowUnpadded: false) == Array(text.utf8))
        }
        #expect(Base64Codec.encode(Array("hello".utf8)) == "aGVsbG8=")
    }

    @Test func unpadded() {
        #expect(Base64Codec.decode("aGVsbG8", allowUnpadded: true) == Array("hello".utf8))
        #expect(Base64Codec.decode("aGVsbG8", allowUnpadded: false) == nil)
        #expect(Base64Codec.decode("a", allowUnpadded: true) == nil)
        #expect(Base64Codec.decode("aGVsbG8==", allowUnpadded: false) == nil)
        #expect(Base64Codec.decode("a$==", allowUnpadded: false) == nil)
    }
}
