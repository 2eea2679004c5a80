// RampartDockerfile: see DESIGN.md §2.
