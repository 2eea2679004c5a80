// RampartIaC: see DESIGN.md §2.
