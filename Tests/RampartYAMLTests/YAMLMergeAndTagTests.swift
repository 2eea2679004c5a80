import RampartCore
import RampartYAML
import Testing

@Suite struct YAMLMergeAndTagTests {
    @Test func mergeKeysFollowYAML11Semantics() throws {
        let result = YAMLReader().read(try YAMLTestSupport.fixture("compose.yaml"), file: "compose.yaml")
        #expect(result.diagnostics.isEmpty)
        let services = try #require(result.documents.first?.root["services"])
        let api = try #require(services["api"])
        #expect(api.mapValue?.keys == ["environment", "logging", "image", "restart"])
        #expect(api["restart"]?.stringValue == "always")
        #expect(api.at("environment", "LOG_LEVEL")?.stringValue == "info")
        // Merged values keep the positions where the anchor wrote them.
        #expect(api["environment"]?.span.start == SourcePosition(line: 4, column: 5))
        #expect(api.keySpan("environment") == YAMLTestSupport.span(3, 3, 3, 14))
        let worker = try #require(services["worker"])
        #expect(worker.mapValue?.keys == ["restart", "environment", "image", "logging", "command"])
        #expect(worker["restart"]?.stringValue == "unless-stopped")
        #expect(worker["image"]?.stringValue == "worker:2")
        #expect(worker["image"]?.span == YAMLTestSupport.span(14, 27, 14, 37))
        #expect(worker.at("logging", "driver")?.stringValue == "json-file")
        #expect(worker["logging"]?.span.start == SourcePosition(line: 5, column: 12))
        #expect(worker["command"]?.listValue?.compactMap(\.stringValue) == ["run", "--queue", "jobs"])
    }

    @Test func earlierMergeSourcesWinOverLaterOnes() throws {
        let root = try #require(
            YAMLTestSupport.root(
                """
                a: &a {p: 1, q: 1}
                b: &b {q: 2, r: 2}
                c:
                  <<: [*a, *b]
                  r: 3
                """))
        let c = try #require(root["c"])
        #expect(c.mapValue?.keys == ["p", "q", "r"])
        #expect(c["p"]?.intValue == 1)
        #expect(c["q"]?.intValue == 1)
        #expect(c["r"]?.intValue == 3)
    }

    @Test func yIsABooleanKeyUnderTheKubernetesSchema() {
        #expect(YAMLTestSupport.root("y: 1")?.mapValue?.keys == ["true"])
    }

    @Test func invalidMergeValueIsAWarning() {
        let result = YAMLTestSupport.read("a:\n  <<: 5\n  b: 1\n")
        #expect(result.diagnostics.map(\.code) == [.invalidMerge])
        #expect(result.documents.first?.root.at("a")?.mapValue?.keys == ["b"])
    }

    @Test func quotedMergeKeyIsAnOrdinaryKey() {
        let root = YAMLTestSupport.root("base: &b {x: 1}\nm:\n  '<<': *b\n")
        #expect(root?.at("m")?.mapValue?.keys == ["<<"])
    }

    @Test func cloudFormationTagsAreKept() throws {
        let result = YAMLReader().read(try YAMLTestSupport.fixture("cloudformation.yaml"), file: "template.yaml")
        #expect(result.diagnostics.isEmpty)
        let root = try #require(result.documents.first?.root)
        #expect(root["AWSTemplateFormatVersion"]?.stringValue == "2010-09-09")
        let bucketName = try #require(root.at("Resources", "Bucket", "Properties", "BucketName"))
        #expect(bucketName.tag == "!Sub")
        #expect(bucketName.stringValue == "${AWS::StackName}-logs")
        #expect(bucketName.span == YAMLTestSupport.span(6, 19, 6, 48))
        let owner = try #require(root.at("Resources", "Bucket", "Properties", "Tags", 0, "Value"))
        #expect(owner.tag == "!Ref" && owner.stringValue == "OwnerParam")
        let policy = try #require(root.at("Resources", "Policy", "Properties"))
        #expect(policy["Arn"]?.tag == "!GetAtt")
        #expect(policy["Arn"]?.stringValue == "Bucket.Arn")
        let arn2 = try #require(policy["Arn2"])
        #expect(arn2.tag == "!GetAtt")
        #expect(arn2.listValue?.compactMap(\.stringValue) == ["Bucket", "Arn"])
        #expect(arn2.span == YAMLTestSupport.span(15, 13, 15, 34))
        let joined = try #require(policy["Joined"])
        #expect(joined.tag == "!Join")
        #expect(joined.span == YAMLTestSupport.span(16, 15, 19, 24))
        #expect(joined.at(1, 1)?.tag == "!Ref")
        #expect(joined.at(1, 1)?.stringValue == "Bucket")
        #expect(joined.at(1, 0)?.stringValue == "arn:aws:s3:::")
        #expect(root.at("Outputs", "Size")?.intValue == 42)
        #expect(root.at("Outputs", "Size")?.tag == "!!int")
        #expect(root.at("Outputs", "Text")?.stringValue == "42")
        #expect(root.at("Outputs", "Text")?.tag == "!!str")
    }

    @Test func coreTagsConvertValues() {
        let root = YAMLTestSupport.root(
            """
            a: !!float 1
            b: !!bool "true"
            c: !!null whatever
            d: !!int 99999999999999999999
            e: ! 12
            f: !custom 12
            """)
        #expect(root?["a"]?.value == .double(1))
        #expect(root?["b"]?.boolValue == true)
        #expect(root?["c"]?.isNull == true)
        #expect(root?["d"]?.stringValue == "99999999999999999999")
        #expect(root?["e"]?.stringValue == "12")
        #expect(root?["f"]?.stringValue == "12")
        #expect(root?["f"]?.tag == "!custom")
    }

    @Test func aliasesExpandToTheAnchoredNode() throws {
        let root = try #require(YAMLTestSupport.root("base: &img\n  name: nginx\nuse: *img\nlist: [*img, *img]\n"))
        #expect(root.at("use", "name")?.stringValue == "nginx")
        #expect(root["use"]?.span == root["base"]?.span)
        #expect(root["list"]?.listValue?.count == 2)
        #expect(root["list"]?.span == YAMLTestSupport.span(4, 7, 4, 19))
    }

    @Test func undefinedAliasIsADiagnosticAndNull() {
        let result = YAMLTestSupport.read("a: *missing\nb: 1\n")
        #expect(result.diagnostics.map(\.code) == [.undefinedAlias])
        #expect(result.diagnostics.first?.range?.start == SourcePosition(line: 1, column: 4))
        #expect(result.documents.first?.root["a"]?.isNull == true)
        #expect(result.documents.first?.root["b"]?.intValue == 1)
    }

    @Test func recursiveAliasCannotFormACycle() {
        let result = YAMLTestSupport.read("a: &a\n  b: *a\n")
        #expect(result.diagnostics.map(\.code) == [.undefinedAlias])
        #expect(result.documents.first?.root.at("a", "b")?.isNull == true)
    }
}
