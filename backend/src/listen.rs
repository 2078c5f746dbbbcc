//! Accepting connections with bounds a public service needs and `axum::serve` does not set: a client
//! must send its request head within `header_timeout` (hyper's own timeout is inert without a timer,
//! so a client that trickles a header in — slowloris — held a connection for ever), and at most
//! `max_connections` are open at once; the next waits in the kernel's queue. Each request carries its
//! peer's address (`ConnectInfo<SocketAddr>`) for the feedback routes' rate limits. The test double
//! serves through this too.

use axum::extract::ConnectInfo;
use axum::Router;
use hyper::body::Incoming;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;

/// How connections are bounded.
#[derive(Clone, Copy, Debug)]
pub struct Connections {
    /// From the connection (or the last answer on it) to the end of the next request head.
    pub header_timeout: Duration,
    pub max_connections: usize,
}

impl Default for Connections {
    fn default() -> Connections {
        Connections {
            header_timeout: Duration::from_secs(10),
            max_connections: 1024,
        }
    }
}

/// Serves `router` on `listener` until `shutdown` resolves, then lets the requests in flight finish.
pub async fn serve(
    listener: TcpListener,
    router: Router,
    bounds: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let open = Arc::new(Semaphore::new(bounds.max_connections));
    let graceful = GracefulShutdown::new();
    let mut http = hyper::server::conn::http1::Builder::new();
    http.timer(TokioTimer::new())
        .header_read_timeout(bounds.header_timeout);
    tokio::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = open.clone().acquire_owned() => permit.expect("the semaphore is never closed"),
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                // A client that went away before it was accepted: nothing to wait for (as axum).
                Err(e) if is_connection_error(&e) => continue,
                // Out of file descriptors and the like: wait rather than spin (as axum, 1 s).
                Err(e) => {
                    tracing::warn!("accept failed: {e}");
                    tokio::time::sleep(Duration::from_secs(1)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        // The peer's address, for the feedback routes' rate limits (memory only, never logged).
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().oneshot(request)
        });
        // No `with_upgrades`: nothing here upgrades a connection (no WebSocket).
        let connection = graceful.watch(http.serve_connection(TokioIo::new(stream), service));
        tokio::spawn(async move {
            // A client that goes away or is too slow ends its own connection; nothing to report.
            let _ = connection.await;
            drop(permit);
        });
    }
    // New clients are refused at once rather than left in the queue while the last answers go out,
    // and a client that never reads its answer does not hold the process for ever.
    drop(listener);
    if tokio::time::timeout(DRAIN_LIMIT, graceful.shutdown())
        .await
        .is_err()
    {
        tracing::warn!("stopped with connections still open after {DRAIN_LIMIT:?}");
    }
    Ok(())
}

/// How long shutdown waits for the answers in flight.
const DRAIN_LIMIT: Duration = Duration::from_secs(30);

fn is_connection_error(e: &std::io::Error) -> bool {
    use std::io::ErrorKind::*;
    matches!(
        e.kind(),
        ConnectionRefused | ConnectionAborted | ConnectionReset
    )
}
