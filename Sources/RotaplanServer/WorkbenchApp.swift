import Foundation
import Hummingbird
import Logging

/// The workbench's HTTP application: middleware in order (security headers, errors as pages, rate limit,
/// language, session, CSRF), then the public routes (assets, sign-in, language) and the
/// routes that need a viewer (every workspace route: 401 without one). Each area adds its
/// routes in its own file under Routes/.
public enum WorkbenchApp {
    /// `analysis` replaces the queue of the compare and horizon routes (tests record requests with it).
    static func router(_ wb: Workbench, analysis: AnalysisJobs? = nil) -> Router<WorkbenchContext> {
        let router = Router(context: WorkbenchContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware())
        router.add(middleware: RateLimitMiddleware(limiter: wb.limiter))
        router.add(middleware: LanguageMiddleware())
        router.add(middleware: SessionMiddleware(workbench: wb))
        router.add(middleware: CSRFMiddleware(formLimit: wb.configuration.maxFormBytes))
        AssetRoutes.add(to: router)
        HomeRoutes.add(to: router, wb)
        let workspace = router.group("w/:ws")
        WorkspaceRoutes.add(to: workspace, wb)
        ImportRoutes.add(to: router, workspace: workspace, wb)
        YearRoutes.add(to: workspace, wb)
        PlanRoutes.add(to: workspace, wb)
        JobRoutes.add(to: workspace, wb)
        DownloadRoutes.add(to: workspace, wb)
        PolicyRoutes.add(to: workspace, wb)
        let analysis = analysis ?? AnalysisJobs(start: { try await wb.jobs.enqueue($0) },
                                    folder: { $0.resultFolder.flatMap { wb.store.files.resolve($0) } })
        CompareRoutes.add(to: workspace, wb, jobs: analysis)
        HorizonRoutes.add(to: workspace, wb, jobs: analysis)
        return router
    }

    /// The application listening on the configuration's address; `running` is called with
    /// the port actually bound (the configured one, or the one the system chose for port 0).
    public static func application(_ wb: Workbench, logger: Logger? = nil,
                                   running: @escaping @Sendable (Int) async -> Void = { _ in }) -> some ApplicationProtocol {
        var log = logger ?? Logger(label: "rotaplan.serve")
        if logger == nil { log.logLevel = .warning }
        return Application(router: router(wb),
                           configuration: .init(address: .hostname(wb.configuration.host, port: wb.configuration.port),
                                                serverName: "rotaplan"),
                           onServerRunning: { channel in await running(channel.localAddress?.port ?? wb.configuration.port) },
                           logger: log)
    }
}
