//! The accept loop: a client that trickles its request head in is cut off, and no more connections
//! are open at once than allowed — while a well-behaved client is served all along.

use axum::routing::get;
use axum::Router;
use skattedeling_backend::listen::{serve, Connections};
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

async fn start(bounds: Connections) -> (String, tokio::sync::oneshot::Sender<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap().to_string();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let router = Router::new().route("/", get(|| async { "hei" }));
    tokio::spawn(serve(listener, router, bounds, async {
        let _ = stopped.await;
    }));
    (address, stop)
}

/// Sends a whole request and reads the whole answer (the server closes after it).
async fn get_root(address: &str) -> String {
    let mut tcp = TcpStream::connect(address).await.unwrap();
    tcp.write_all(b"GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    tcp.read_to_string(&mut answer).await.unwrap();
    answer
}

/// Whether the server closes `tcp` within `wait`.
async fn closed_within(tcp: &mut TcpStream, wait: Duration) -> bool {
    let mut buf = [0u8; 256];
    loop {
        match tokio::time::timeout(wait, tcp.read(&mut buf)).await {
            Err(_) => return false,
            Ok(Ok(0)) | Ok(Err(_)) => return true,
            // hyper may answer 408 before it closes.
            Ok(Ok(_)) => continue,
        }
    }
}

#[tokio::test]
async fn a_request_head_trickled_in_is_cut_off_at_the_header_timeout() {
    let bounds = Connections {
        header_timeout: Duration::from_millis(500),
        max_connections: 16,
    };
    let (address, _stop) = start(bounds).await;
    let mut slow = TcpStream::connect(&address).await.unwrap();
    let started = Instant::now();
    slow.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n")
        .await
        .unwrap();
    // One more header line a while later does not buy more time: were the timer restarted by it,
    // the cut would come at 900 ms, not 500.
    tokio::time::sleep(Duration::from_millis(400)).await;
    let _ = slow.write_all(b"X-Langsom: ja\r\n").await;
    assert!(closed_within(&mut slow, Duration::from_secs(3)).await);
    assert!(
        started.elapsed() < Duration::from_millis(800),
        "{:?}",
        started.elapsed()
    );
    // An idle connection that never sends anything is closed too.
    let mut idle = TcpStream::connect(&address).await.unwrap();
    assert!(closed_within(&mut idle, Duration::from_secs(3)).await);
    assert!(get_root(&address).await.ends_with("hei"));
}

#[tokio::test]
async fn a_kept_alive_connection_left_idle_is_closed_at_the_header_timeout() {
    let bounds = Connections {
        header_timeout: Duration::from_millis(300),
        max_connections: 16,
    };
    let (address, _stop) = start(bounds).await;
    let mut tcp = TcpStream::connect(&address).await.unwrap();
    tcp.write_all(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
        .await
        .unwrap();
    let mut buf = [0u8; 512];
    let n = tcp.read(&mut buf).await.unwrap();
    assert!(String::from_utf8_lossy(&buf[..n]).ends_with("hei"));
    let answered = Instant::now();
    assert!(closed_within(&mut tcp, Duration::from_secs(3)).await);
    assert!(
        answered.elapsed() < Duration::from_secs(2),
        "{:?}",
        answered.elapsed()
    );
}

#[tokio::test]
async fn connections_past_the_limit_wait_until_one_is_free() {
    let bounds = Connections {
        header_timeout: Duration::from_millis(500),
        max_connections: 2,
    };
    let (address, _stop) = start(bounds).await;
    let _a = TcpStream::connect(&address).await.unwrap();
    let _b = TcpStream::connect(&address).await.unwrap();
    // Give the loop time to take both.
    tokio::time::sleep(Duration::from_millis(100)).await;
    let started = Instant::now();
    let answer = get_root(&address).await;
    assert!(answer.ends_with("hei"), "{answer}");
    // Served once the idle ones were cut off at their header timeout, not before.
    assert!(
        started.elapsed() >= Duration::from_millis(300),
        "{:?}",
        started.elapsed()
    );
}
