import CEL
import CELExtensions
import Testing

@Suite struct ListsExtensionTests {
    @Test(arguments: [
        "[1,2,3,4].slice(1, 3) == [2, 3]",
        "[[1],[2],[3,4]].flatten() == [1,2,3,4]",
        "[1,[2,[3,[4]]]].flatten(2) == [1,2,3,[4]]",
        "dyn([1,2]).flatten() == [1,2]",
        "lists.range(4) == [0,1,2,3]",
        "lists.range(0) == []",
        "[-2, 5, -2, 1, 1, 5].distinct() == [-2, 5, 1]",
        "[1, 1.0, 1u, 2].distinct() == [1, 2]",
        "[[1], [1], [2]].distinct() == [[1], [2]]",
        "[5,1,2].reverse() == [2,1,5]",
        "['d', 'a', 'c'].sort() == ['a', 'c', 'd']",
        "[3.5, 1, 2u].sort() == [1, 2u, 3.5]",
        "[-3, 1, -5, -2, 4].sortBy(e, -(e * e)) == [-5, 4, -3, -2, 1]",
        "[{'n': 'b', 'i': 1}, {'n': 'a', 'i': 2}, {'n': 'b', 'i': 3}].sortBy(e, e.n).map(e, e.i) == [2, 1, 3]",
        "[1, 2].first() == optional.of(1)",
        "[].first() == optional.none()",
        "[1, 2].last().value() == 2",
    ])
    func evaluatesTrue(_ expression: String) {
        #expect(Evaluate.isTrue(expression), "\(Evaluate.value(expression))")
    }

    @Test(arguments: [
        ("[1,2,3,4].slice(3, 0)", "cannot slice(3, 0), start index must be less than or equal to end index"),
        ("[1,2,3,4].slice(0, 10)", "cannot slice(0, 10), list is length 4"),
        ("[1,2,3,4].slice(-5, 10)", "cannot slice(-5, 10), negative indexes not supported"),
        ("[[1]].flatten(-1)", "level must be non-negative"),
    ])
    func errors(_ expression: String, _ message: String) {
        #expect(Evaluate.errorMessage(expression) == message)
    }

    @Test func sortRejectsMixedTypes() {
        #expect(Evaluate.errorMessage("dyn(['a', 1]).sort()") != nil)
    }
}

@Suite struct SetsExtensionTests {
    @Test(arguments: [
        "sets.contains(['a', 'b'], [])",
        "sets.contains([1, 2], [2u, 1.0])",
        "!sets.contains(['a'], ['c'])",
        "sets.equivalent(['c', 'b', 'a'], ['b', 'c', 'a', 'a'])",
        "!sets.equivalent([1], [1, 2])",
        "sets.intersects([[1, 2], [3, 4]], [[3, 4]])",
        "!sets.intersects([], [])",
        "sets.contains([duration('1h')], [duration('60m')])",
    ])
    func evaluatesTrue(_ expression: String) {
        #expect(Evaluate.isTrue(expression), "\(Evaluate.value(expression))")
    }
}
