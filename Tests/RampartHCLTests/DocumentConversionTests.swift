import Foundation
import RampartCore
import RampartHCL
import Testing

/// `HCLFile → Document`: blocks as `{type, labels, body}` with positions, unknowns as tagged source text.
@Suite struct DocumentConversionTests {
    @Test func blocksAttributesAndPositions() throws {
        let source = """
            # rampart:ignore AWS-001
            resource "aws_s3_bucket" "logs" {
              bucket = "logs-${var.env}"
              acl    = "private"
              tags   = { Name = "logs", Count = 2 }
              ports  = [22, 443]
              versioning {
                enabled = true
              }
            }
            """
        let file = HCLParser.parse(source, file: "main.tf")
        #expect(file.diagnostics.isEmpty)
        let document = file.document()
        #expect(document.syntax == "hcl")
        #expect(document.file == "main.tf")
        #expect(document.comments.first?.text == "rampart:ignore AWS-001")
        let resource = try #require(document.root["resource"]?[0])
        #expect(resource["type"]?.stringValue == "resource")
        #expect(resource["labels"]?.listValue?.compactMap(\.stringValue) == ["aws_s3_bucket", "logs"])
        let body = try #require(resource["body"])
        #expect(body["acl"]?.stringValue == "private")
        #expect(body["acl"]?.span == SourceSpan(line: 4, column: 12, endLine: 4, endColumn: 21))
        #expect(body["bucket"]?.tag == HCLFile.expressionTag)
        #expect(body["bucket"]?.stringValue == "\"logs-${var.env}\"")
        #expect(body["tags"]?["Count"]?.intValue == 2)
        #expect(body["tags"]?["Name"]?.span == SourceSpan(line: 5, column: 21, endLine: 5, endColumn: 27))
        #expect(body["ports"]?[1]?.intValue == 443)
        #expect(body["versioning"]?[0]?["body"]?["enabled"]?.boolValue == true)
        #expect(resource.span == SourceSpan(line: 2, column: 1, endLine: 10, endColumn: 2))
    }

    @Test func contextResolvesVariables() throws {
        let file = HCLParser.parse("name = \"app-${var.env}\"\n")
        let context = HCLEvaluationContext(variables: ["var": .object(["env": .string("prod")])])
        #expect(file.document(context: context).root["name"]?.stringValue == "app-prod")
    }

    @Test func parsingIsLinear() {
        let resource = """
            resource "aws_instance" "web%d" {
              ami           = "ami-123"
              instance_type = var.big ? "m5.large" : "t3.micro"
              tags = { for k, v in local.tags : k => upper(v) if v != "" } # note
              user_data = <<-EOT
                #!/bin/sh
                echo ${var.name}
              EOT
            }

            """
        let small = String(repeating: resource, count: 500)
        let large = String(repeating: resource, count: 5_000)
        let clock = ContinuousClock()
        let smallTime = clock.measure { #expect(HCLParser.parse(small).body.blocks.count == 500) }
        let largeTime = clock.measure { #expect(HCLParser.parse(large).body.blocks.count == 5_000) }
        print("hcl parse: 500 resources \(smallTime), 5000 resources \(largeTime)")
        #expect(largeTime < smallTime * 30)
    }
}

extension DocumentConversionTests {
    @Test func terraformJSONUsesTheTopLevelBlockTypes() throws {
        let source =
            #"{"resource": {"aws_s3_bucket": {"logs": {"acl": "private", "tags": {"a": "b"}}}}, "locals": {"x": 1}}"#
        let file = HCLJSONParser.parse(source, file: "main.tf.json", blockTypes: HCLJSONParser.terraformBlockTypes)
        #expect(file.diagnostics.isEmpty)
        let document = file.document()
        let resource = try #require(document.root["resource"]?[0])
        #expect(resource["labels"]?.listValue?.compactMap(\.stringValue) == ["aws_s3_bucket", "logs"])
        #expect(resource["body"]?["acl"]?.stringValue == "private")
        #expect(resource["body"]?["tags"]?["a"]?.stringValue == "b")
        #expect(document.root["locals"]?[0]?["body"]?["x"]?.intValue == 1)
    }
}
