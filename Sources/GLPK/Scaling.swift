import Foundation

/// Row and column scale factors for a large model, computed in Swift so that a time limit
/// or a stop is seen between passes.
///
/// GLPK scales a problem inside `glp_simplex` and `glp_intopt` when their presolvers run
/// (`glp_scale_prob` with `GLP_SF_AUTO`), and no callback runs meanwhile: on a
/// cross-group exchange with 3.3 million nonzeros that took tens of seconds past
/// `--time-limit` and past Ctrl-C (docs/reliability.md, "Limits"). For a model with at
/// least ``Model/selfScalingNonzeros`` nonzeros the backend therefore solves without
/// GLPK's presolvers, with these factors set on the problem (`glp_set_rii`,
/// `glp_set_sjj`), which GLPK's simplex then works with.
///
/// The method is GLPK's own automatic one: geometric-mean passes (rows, then columns)
/// while they still improve the spread max|a| / min|a| by 10% (at most
/// ``geometricPasses``), then one equilibration pass (each row's, then each column's,
/// largest magnitude becomes 1), then every factor rounded to a power of two so that
/// scaling adds no rounding error. Each pass is O(nonzeros).
struct Scaling {
    /// r(i) per row and s(j) per column: the scaled matrix is r(i) · a(i,j) · s(j).
    var rows: [Double]
    var columns: [Double]

    static let geometricPasses = 15

    /// Factors for `model`; `shouldStop` is asked before every pass, and when it answers
    /// true the factors found so far are kept (any positive factors are a valid scaling).
    /// Returns nil for a model without nonzeros.
    init?(_ model: Model, shouldStop: () -> Bool) {
        let m = model.constraintCount, n = model.variableCount
        guard model.nonzeroCount > 0 else { return nil }
        rows = [Double](repeating: 1, count: m)
        columns = [Double](repeating: 1, count: n)
        var spread = spreadOfMatrix(model)
        for _ in 0..<Self.geometricPasses {
            if shouldStop() { break }
            geometricRows(model)
            if shouldStop() { break }
            geometricColumns(model)
            let next = spreadOfMatrix(model)
            let improved = next < 0.9 * spread
            spread = next
            if !improved { break }
        }
        if !shouldStop() { equilibrate(model) }
        rows = rows.map(Self.powerOfTwo)
        columns = columns.map(Self.powerOfTwo)
    }

    /// max |r a s| / min |r a s| over the nonzeros.
    private func spreadOfMatrix(_ model: Model) -> Double {
        var lo = Double.infinity, hi = 0.0
        for i in 0..<model.constraintCount {
            for k in model.rowStart[i]..<model.rowStart[i + 1] {
                let v = abs(rows[i] * model.entryValues[k] * columns[Int(model.entryColumns[k])])
                if v == 0 { continue }
                lo = min(lo, v)
                hi = max(hi, v)
            }
        }
        return lo.isFinite && lo > 0 ? hi / lo : 1
    }

    /// r(i) = 1 / sqrt(min_j |a s| · max_j |a s|) for every row with nonzeros.
    private mutating func geometricRows(_ model: Model) {
        for i in 0..<model.constraintCount {
            var lo = Double.infinity, hi = 0.0
            for k in model.rowStart[i]..<model.rowStart[i + 1] {
                let v = abs(model.entryValues[k] * columns[Int(model.entryColumns[k])])
                if v == 0 { continue }
                lo = min(lo, v)
                hi = max(hi, v)
            }
            if hi > 0 { rows[i] = 1 / (lo * hi).squareRoot() }
        }
    }

    /// s(j) = 1 / sqrt(min_i |r a| · max_i |r a|) for every column with nonzeros.
    private mutating func geometricColumns(_ model: Model) {
        var lo = [Double](repeating: .infinity, count: columns.count)
        var hi = [Double](repeating: 0, count: columns.count)
        for i in 0..<model.constraintCount {
            for k in model.rowStart[i]..<model.rowStart[i + 1] {
                let j = Int(model.entryColumns[k])
                let v = abs(rows[i] * model.entryValues[k])
                if v == 0 { continue }
                lo[j] = min(lo[j], v)
                hi[j] = max(hi[j], v)
            }
        }
        for j in columns.indices where hi[j] > 0 { columns[j] = 1 / (lo[j] * hi[j]).squareRoot() }
    }

    /// Each row's largest |r a s| becomes 1, then each column's.
    private mutating func equilibrate(_ model: Model) {
        for i in 0..<model.constraintCount {
            var hi = 0.0
            for k in model.rowStart[i]..<model.rowStart[i + 1] {
                hi = max(hi, abs(rows[i] * model.entryValues[k] * columns[Int(model.entryColumns[k])]))
            }
            if hi > 0 { rows[i] /= hi }
        }
        var hi = [Double](repeating: 0, count: columns.count)
        for i in 0..<model.constraintCount {
            for k in model.rowStart[i]..<model.rowStart[i + 1] {
                let j = Int(model.entryColumns[k])
                hi[j] = max(hi[j], abs(rows[i] * model.entryValues[k] * columns[j]))
            }
        }
        for j in columns.indices where hi[j] > 0 { columns[j] /= hi[j] }
    }

    /// The power of two nearest to `x` (> 0) on a log scale, within GLPK's range.
    static func powerOfTwo(_ x: Double) -> Double {
        guard x.isFinite, x > 0 else { return 1 }
        let e = min(max(log2(x).rounded(), -300), 300)
        return Foundation.pow(2, e)
    }
}
