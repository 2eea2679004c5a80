// CELExtensions: see DESIGN.md §2.
