import RotaplanText

/// The words of the job pages: a solve's progress, its cancel button, its end.
extension WorkbenchText {
    public static func jobTitle(_ id: Int64) -> Bilingual { Bilingual(en: "Job \(id)", zh: "任务 \(id)") }
    public static func jobKind(_ kind: String) -> Bilingual {
        switch kind {
        case "plan": Bilingual(en: "Plan the year", zh: "编制方案")
        case "near": Bilingual(en: "Re-plan near the current plan", zh: "在当前方案附近重排")
        case "compare": Bilingual(en: "Compare policy variants", zh: "比较政策方案")
        case "horizon": Bilingual(en: "Plan several years", zh: "多学年规划")
        default: Bilingual(en: kind, zh: kind)
        }
    }
    public static func jobState(_ state: String) -> Bilingual {
        switch state {
        case "queued": Bilingual(en: "queued", zh: "排队中")
        case "running": Bilingual(en: "solving", zh: "求解中")
        case "done": Bilingual(en: "done", zh: "已完成")
        case "failed": Bilingual(en: "failed", zh: "失败")
        case "cancelled": Bilingual(en: "cancelled", zh: "已取消")
        default: Bilingual(en: state, zh: state)
        }
    }
    public static func stageName(_ word: String?) -> Bilingual {
        switch word {
        case "exchange"?: Bilingual(en: "teacher exchange", zh: "交流轮岗")
        case "training"?: Bilingual(en: "first-station training", zh: "首站式培育")
        case "walking"?: Bilingual(en: "walking teaching", zh: "走教")
        case nil: Bilingual(en: "preparing", zh: "准备中")
        case let w?: Bilingual(en: w, zh: w)
        }
    }
    public static let progressStage = Bilingual(en: "Stage", zh: "阶段")
    public static let progressPlan = Bilingual(en: "Best plan so far (objective)", zh: "当前最好方案（目标值）")
    public static let progressBound = Bilingual(en: "Bound", zh: "界")
    public static let progressGap = Bilingual(en: "Gap", zh: "差距")
    public static let progressSeconds = Bilingual(en: "Seconds", zh: "秒")
    public static let noPlanYet = Bilingual(en: "none yet", zh: "暂无")
    public static let cancelJob = Bilingual(en: "Stop (keep the best plan so far)", zh: "停止（保留目前最好的方案）")
    public static func waitingFor(_ job: Int64, place: Int) -> Bilingual {
        Bilingual(en: "Waiting for job \(job) to end (place \(place) in this workspace's queue): one solve runs at a time.",
                  zh: "正在等待任务 \(job) 结束（本工作区队列第 \(place) 位）：同一时间只运行一个求解。")
    }
    public static let openPlan = Bilingual(en: "Open the plan", zh: "查看方案")
    public static let openResult = Bilingual(en: "Open the result", zh: "查看结果")
    public static let cancelledKept = Bilingual(en: "Stopped: the best plan found until then was checked and kept.",
                                                zh: "已停止：停止前找到的最好方案已经核验并保存。")
    public static let cancelledNone = Bilingual(en: "Stopped before any plan was found: nothing was kept, the plans before stay as they were.",
                                                zh: "在找到任何方案之前已停止：没有保存新方案，原有方案不变。")
    public static let jobMessage = Bilingual(en: "What the solver said", zh: "求解器的说明")
    public static let timeLimit = Bilingual(en: "Time limit (seconds, 1–3600)", zh: "求解时限（秒，1—3600）")
    public static let timeLimitInvalid = Bilingual(en: "Form field “timeLimit”: give the time limit as a whole number of seconds from 1 to 3600.",
                                                   zh: "表单项“时间上限”：请填写 1 到 3600 之间的整数秒数。")
    /// Why a job failed, by how its child ended (`exitCode`: negative is the signal that ended it).
    public static func jobFailed(exitCode: Int?, message: String?) -> Bilingual {
        if message == "server-restarted" {
            return Bilingual(en: "The server stopped while this job was queued or running; the plans before stay as they were. Start it again.",
                             zh: "此任务排队或运行期间服务器停止了；原有方案不变。请重新开始。")
        }
        switch exitCode {
        case let n? where n == -1000:
            return Bilingual(en: "The solver could not be started; the plans before stay as they were.", zh: "求解器无法启动；原有方案不变。")
        case let n? where n < 0:
            return Bilingual(en: "The solver stopped unexpectedly (signal \(-n)); no plan was made and the plans before stay as they were. The server is still running.",
                             zh: "求解器意外终止（信号 \(-n)）；没有生成方案，原有方案不变。服务器仍在运行。")
        case 70?:
            return Bilingual(en: "The solver found a fault in its own plan and wrote nothing (exit 70); the plans before stay as they were.",
                             zh: "求解器在自己的方案中发现错误，没有写入任何文件（退出码 70）；原有方案不变。")
        case 2?:
            return Bilingual(en: "The roster or the pins cannot be planned as they are (exit 2): see what the solver said below.",
                             zh: "名册或锁定条件有问题，无法编制（退出码 2）：见下方求解器的说明。")
        case 1?:
            return Bilingual(en: "No plan was found (exit 1): see why below.", zh: "没有找到方案（退出码 1）：原因见下方。")
        case let n?:
            return Bilingual(en: "The solver ended with exit code \(n); the plans before stay as they were.",
                             zh: "求解器以退出码 \(n) 结束；原有方案不变。")
        case nil:
            return Bilingual(en: "The job ended without a result; the plans before stay as they were.", zh: "任务结束但没有结果；原有方案不变。")
        }
    }
}
