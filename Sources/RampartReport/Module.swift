// RampartReport: see DESIGN.md §2.
