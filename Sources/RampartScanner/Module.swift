// RampartScanner: see DESIGN.md §2.
