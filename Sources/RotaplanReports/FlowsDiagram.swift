import Foundation
import RotaplanDomain
import RotaplanText

/// The teachers moving between schools (MODEL.md §4) drawn as inline SVG, one small
/// panel per education group so that it stays readable on a phone (a panel is 340 units
/// wide, drawn at that size) and on A4 (two panels side by side): the core at the top
/// left, its members in a column below it with their names beside them, and one arrow
/// per direction with its number of teachers — blue from the core, orange to the core,
/// purple between two members or across groups (in a lane between the column and the
/// names). A school of another group that trades
/// teachers with this one is drawn dashed in the column, named with its group.
struct FlowsDiagram {
    let instance: Instance
    /// flows[a][b]: teachers moving from school a to school b.
    let flows: [[Int]]
    /// nil: labels in both languages (the exchange report).
    let lang: ReportLanguage?

    static let width = 340.0
    static let memberX = 160.0, coreX = 26.0, rowHeight = 62.0
    static let colors = (out: "#2f6db5", back: "#c2570c", other: "#7a4fb5")

    static let style = """
        .flows{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-start}
        .flows svg{max-width:100%;height:auto;break-inside:avoid;page-break-inside:avoid}
        .flows text{font-size:14px;fill:#222}.flows text.h{font-weight:bold;font-size:15px}
        .flows text.c{font-weight:bold;paint-order:stroke;stroke:#fff;stroke-width:4px}
        """

    /// The panels of every group with at least one school, then the legend; a sentence
    /// when nobody moves.
    func html() -> String {
        func word(_ t: ReportText) -> String { t.text(lang) }
        guard flows.contains(where: { $0.contains { $0 > 0 } }) else {
            return "<p>" + word(.noTeacherMoves) + "</p>\n"
        }
        var h = "<div class=\"flows\">\n"
        for g in instance.groups.indices { h += panel(g) }
        h += "</div>\n<p>"
        let key = [(Self.colors.out, word(.fromTheCore)), (Self.colors.back, word(.toTheCore)), (Self.colors.other, word(.otherFlows))]
        // One language's punctuation: English unless the page is Chinese.
        let punctuation = lang ?? .en
        h += key.map { "<span style=\"color:\($0.0)\">■</span> \($0.1)" }.joined(separator: ReportText.legendSeparator.text(punctuation))
        h += ReportText.legendEnd.text(punctuation)
        h += word(.flowsLegend)
        return h + "</p>\n"
    }

    /// One group's panel.
    func panel(_ g: Int) -> String {
        let group = instance.groups[g], W = Self.width
        let own = Set(group.schools)
        // Schools of other groups trading with this one, in instance order.
        let foreign = instance.schools.indices.filter { s in
            !own.contains(s) && own.contains { flows[$0][s] + flows[s][$0] > 0 }
        }
        let column = group.members + foreign
        let title = Self.lines(group.name, width: W - 16, size: 15, maxLines: 2)
        let top = 14 + Double(title.count) * 19 + 22
        func y(_ s: Int) -> Double {
            if s == group.core { return top }
            return top + 56 + Double(column.firstIndex(of: s)!) * Self.rowHeight
        }
        func x(_ s: Int) -> Double { s == group.core ? Self.coreX : Self.memberX }
        // Arrows between two schools of the column run in a lane right of it, before the
        // names, so they cross neither the names nor the core's arrows (which come from
        // the left); the lane is there only when such arrows are.
        let columnArrows = column.contains { a in column.contains { b in flows[a][b] > 0 } }
        let nameX = Self.memberX + 14 + (columnArrows ? 48 : 0)
        let height = top + 56 + Double(max(0, column.count - 1)) * Self.rowHeight + 44
        var svg = "<svg viewBox=\"0 0 \(Int(W)) \(Int(height))\" width=\"\(Int(W))\" height=\"\(Int(height))\" role=\"img\" "
        svg += "aria-label=\"\(HTMLPage.esc(group.name))\" xmlns=\"http://www.w3.org/2000/svg\">\n"
        svg += "<rect x=\"0.5\" y=\"0.5\" width=\"\(Int(W) - 1)\" height=\"\(Int(height) - 1)\" rx=\"6\" fill=\"#fcfcfc\" stroke=\"#ccc\"/>\n"
        svg += "<defs>" + [("o", Self.colors.out), ("b", Self.colors.back), ("m", Self.colors.other)].map { id, color in
            "<marker id=\"fl\(g)\(id)\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"\(color)\"/></marker>"
        }.joined() + "</defs>\n"
        svg += Self.text(title, x: 10, y: 24, lineHeight: 19, cls: "h")
        // Arrows first, nodes and names on top.
        let nodes = [group.core] + column
        var labels = ""
        for a in nodes {
            for b in nodes where a != b && flows[a][b] > 0 && (own.contains(a) || own.contains(b)) {
                let n = flows[a][b]
                let (x1, y1, x2, y2) = (x(a), y(a), x(b), y(b))
                let kind = a == group.core ? "o" : (b == group.core ? "b" : "m")
                let color = kind == "o" ? Self.colors.out : (kind == "b" ? Self.colors.back : Self.colors.other)
                // Control point: beside the chord, on opposite sides for the two directions
                // (core arrows), or bulging left by an amount that differs with direction
                // (arrows within the column), so a→b and b→a never coincide.
                var cx = (x1 + x2) / 2, cy = (y1 + y2) / 2
                if kind == "m" {
                    // The curve's apex is halfway to its control point: downward arcs reach
                    // 8 + dist/10 right of the column, upward ones 16 further (at most 26
                    // and 42: the lane is 48 wide), so the labels of arcs between the same
                    // or nearby schools stay apart.
                    let d = abs(y2 - y1) / 10
                    cx += 2 * (y1 < y2 ? min(8 + d, 26) : min(24 + d, 42))
                } else {
                    // Arrows to the core are straight (they reach it from below its name);
                    // arrows from the core bend below them, away from the name.
                    if kind == "o" {
                        let dx = x2 - x1, dy = y2 - y1, len = max(1, (dx * dx + dy * dy).squareRoot())
                        cx += -dy / len * 48
                        cy += dx / len * 48
                    }
                }
                // Stop short of the node so the arrow head stays visible.
                let ex = x2 - cx, ey = y2 - cy, el = max(1, (ex * ex + ey * ey).squareRoot())
                let (tx, ty) = (x2 - ex / el * 12, y2 - ey / el * 12)
                let w = 1.5 + 1.2 * Double(n).squareRoot()
                svg += "<path d=\"M\(f(x1)),\(f(y1)) Q\(f(cx)),\(f(cy)) \(f(tx)),\(f(ty))\" fill=\"none\" stroke=\"\(color)\" stroke-width=\"\(f(w))\" marker-end=\"url(#fl\(g)\(kind))\"/>\n"
                // The count near the member's end, where the arrows fan out (and away from the
                // core's name); at the apex of an arc within the column.
                let t = kind == "m" ? 0.5 : (kind == "o" ? 0.7 : 0.3)
                let lx = (1 - t) * (1 - t) * x1 + 2 * t * (1 - t) * cx + t * t * tx
                let ly = (1 - t) * (1 - t) * y1 + 2 * t * (1 - t) * cy + t * t * ty
                labels += "<text class=\"c\" x=\"\(f(lx))\" y=\"\(f(ly + 5))\" text-anchor=\"middle\" style=\"fill:\(color)\">\(n)</text>\n"
            }
        }
        for s in nodes {
            let school = instance.schools[s]
            let isForeign = !own.contains(s)
            if s == group.core {
                svg += "<circle cx=\"\(f(Self.coreX))\" cy=\"\(f(top))\" r=\"9\" fill=\"#b42318\"/>\n"
                let label = Self.lines(school.name, width: W - Self.coreX - 24, size: 14, maxLines: 1)
                svg += Self.text(label, x: Self.coreX + 20, y: top + 3, lineHeight: 18, title: school.name)
            } else {
                let (cx, cy) = (Self.memberX, y(s))
                svg += isForeign
                    ? "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"8\" fill=\"#fff\" stroke=\"#777\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>\n"
                    : "<circle cx=\"\(f(cx))\" cy=\"\(f(cy))\" r=\"8\" fill=\"#777\"/>\n"
                let other = school.group.map { " (" + instance.groups[$0].id.rawValue + ")" } ?? ""
                let name = school.name + (isForeign ? other : "")
                let label = Self.lines(name, width: W - nameX - 6, size: 14, maxLines: 2)
                let y0 = label.count == 1 ? cy + 5 : cy - 4
                svg += Self.text(label, x: nameX, y: y0, lineHeight: 18, title: name)
            }
        }
        return svg + labels + "</svg>\n"
    }

    func f(_ v: Double) -> String { HTMLPage.fmt(v, 1) }

    /// `lines` as one SVG text element, one `<tspan>` per line; the full name as a tooltip
    /// when it was cut.
    static func text(_ lines: [String], x: Double, y: Double, lineHeight: Double, cls: String? = nil, title: String? = nil) -> String {
        var t = "<text x=\"\(HTMLPage.fmt(x, 1))\" y=\"\(HTMLPage.fmt(y, 1))\"" + (cls.map { " class=\"\($0)\"" } ?? "") + ">"
        if let title, lines.joined() != title { t += "<title>\(HTMLPage.esc(title))</title>" }
        for (i, line) in lines.enumerated() {
            t += "<tspan x=\"\(HTMLPage.fmt(x, 1))\"" + (i == 0 ? "" : " dy=\"\(HTMLPage.fmt(lineHeight, 1))\"") + ">\(HTMLPage.esc(line))</tspan>"
        }
        return t + "</text>\n"
    }

    /// Estimated width of `s` at `size` px: CJK and other wide characters one em, the
    /// rest 0.58 em (enough for the fonts the style sheet names).
    static func width(_ s: String, size: Double) -> Double {
        s.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x2E80 ? 1.0 : 0.58) } * size
    }

    /// `s` broken into at most `maxLines` lines of at most `width` px, the last one cut
    /// with "…" when the text is longer. Lines break between CJK characters or at spaces,
    /// not inside a word of other letters ("(G2)" stays whole) unless it is too long
    /// for a line by itself.
    static func lines(_ s: String, width maxWidth: Double, size: Double, maxLines: Int) -> [String] {
        // Units: one CJK (wide) character, one space, or a run of other characters.
        var units: [String] = []
        for c in s {
            let wide = c.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false
            if wide || c == " " || units.isEmpty || units.last == " " || (units.last?.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false) {
                units.append(String(c))
            } else {
                units[units.count - 1].append(c)
            }
        }
        // A word wider than a line is split into characters.
        units = units.flatMap { width($0, size: size) > maxWidth ? $0.map(String.init) : [$0] }
        var out: [String] = [], line = ""
        var rest = units[...]
        while let u = rest.first {
            if width(line + u, size: size) > maxWidth, !line.isEmpty {
                out.append(line.trimmingCharacters(in: .whitespaces))
                line = ""
                if out.count == maxLines { break }
                if u == " " { rest = rest.dropFirst(); continue }
            }
            line += u
            rest = rest.dropFirst()
        }
        if out.count < maxLines {
            if !line.isEmpty { out.append(line.trimmingCharacters(in: .whitespaces)) }
            return out
        }
        // Too long: cut the last line to make room for the ellipsis.
        var last = out[maxLines - 1]
        while !last.isEmpty && width(last + "…", size: size) > maxWidth { last.removeLast() }
        out[maxLines - 1] = last + "…"
        return out
    }
}
