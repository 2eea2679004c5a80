/// Version schemes and OSV range evaluation (DESIGN §2, layer 0).
public enum RampartVersionsModule {}
