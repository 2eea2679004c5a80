// CEL: see DESIGN.md §2.
