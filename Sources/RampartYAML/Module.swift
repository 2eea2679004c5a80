// RampartYAML: see DESIGN.md §2.
