import RampartCore

/// HCL2 native and JSON syntax into positioned documents (DESIGN §2, layer 1).
///
/// ```swift
/// let file = HCLParser.parse(text, file: "main.tf")          // or HCLJSONParser.parse(…)
/// for diagnostic in file.rampartDiagnostics { … }             // syntax errors, file:line:column
/// let (value, problems) = HCLEvaluator.evaluate(expression, in: HCLEvaluationContext(variables: vars))
/// let document = file.document(context: context)              // {type, labels, body} blocks for policies
/// ```
public enum RampartHCLModule {}
