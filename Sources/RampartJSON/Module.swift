// RampartJSON: see DESIGN.md §2.
