// RampartPolicy: see DESIGN.md §2.
