/// The instance as it stands after an exchange plan (MODEL.md §7): every moved teacher's
/// `school` is their destination. The walking stage of `plan` is solved and checked on it,
/// so an itinerant teacher who moves walks from their new school.
extension Instance {
    /// `self` with each exchange's teacher homed at its `to` school. Moves naming an unknown
    /// teacher or school are left out (the exchange check reports them); nothing else
    /// changes: teacher order, and so every teacher index, is kept, and so are the pins, the
    /// year and the trainees (§11).
    public func afterExchange(_ exchanges: [Solution.Exchange]) -> Instance {
        var moved = teachers
        for e in exchanges {
            guard let t = teacherIndex[TeacherID(e.teacher)], let to = schoolIndex[SchoolID(e.to)] else { continue }
            moved[t].school = to
        }
        var after = Instance(name: name, policy: policy, calendar: calendar, groups: groups, schools: schools, teachers: moved,
                             newHires: newHires, vacancies: vacancies, walkingDemand: walkingDemand, travel: travel)
        after.pins = pins
        after.year = year
        after.trainees = trainees
        after.near = near
        return after
    }
}
