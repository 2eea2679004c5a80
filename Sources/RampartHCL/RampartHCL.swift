import RampartCore

/// HCL2 native and JSON syntax into positioned documents (DESIGN §2, layer 1).
public enum RampartHCLModule {}
