//! `Client::download` (content packs) against real sockets on loopback: a server that stalls
//! mid-answer, one that sends more than the limit, and one that answers an error.

use std::time::Duration;

use coverready_submission::{Client, ClientConfig, SubmissionError};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

/// A one-connection HTTP server on 127.0.0.1 that reads the request, writes `head` and `body`,
/// then keeps the connection open without sending more.
async fn server(head: String, body: Vec<u8>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!(
        "http://{}/api/v1/content/latest",
        listener.local_addr().unwrap()
    );
    tokio::spawn(async move {
        let (mut socket, _) = listener.accept().await.unwrap();
        let mut request = [0u8; 4096];
        let _ = socket.read(&mut request).await;
        socket.write_all(head.as_bytes()).await.unwrap();
        socket.write_all(&body).await.unwrap();
        tokio::time::sleep(Duration::from_secs(30)).await;
    });
    url
}

fn client() -> Client {
    Client::new(ClientConfig::default()).unwrap()
}

#[tokio::test]
async fn a_server_that_stops_sending_is_given_up() {
    let url = server(
        "HTTP/1.1 200 OK\r\ncontent-length: 100000\r\n\r\n".into(),
        vec![0; 1000],
    )
    .await;
    let got = client()
        .download(&url, 1_000_000, Duration::from_millis(500))
        .await;
    assert!(
        matches!(got, Err(SubmissionError::Stalled { .. })),
        "{got:?}"
    );
}

#[tokio::test]
async fn more_than_the_limit_is_refused() {
    let url = server(
        "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\n".into(),
        b"800\r\n"
            .iter()
            .copied()
            .chain(vec![b'x'; 0x800])
            .chain(*b"\r\n0\r\n\r\n")
            .collect(),
    )
    .await;
    let got = client().download(&url, 1000, Duration::from_secs(5)).await;
    assert!(
        matches!(got, Err(SubmissionError::PackageTooLarge { .. })),
        "{got:?}"
    );
}

#[tokio::test]
async fn an_error_status_is_not_a_pack() {
    let url = server(
        "HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n".into(),
        Vec::new(),
    )
    .await;
    let got = client().download(&url, 1000, Duration::from_secs(5)).await;
    assert_eq!(
        got.unwrap_err(),
        SubmissionError::PlatformUnavailable { status: 404 }
    );
}

#[tokio::test]
async fn a_whole_answer_is_returned() {
    let url = server(
        "HTTP/1.1 200 OK\r\ncontent-length: 5\r\n\r\n".into(),
        b"hello".to_vec(),
    )
    .await;
    let got = client().download(&url, 1000, Duration::from_secs(5)).await;
    assert_eq!(got.unwrap(), b"hello");
}

#[tokio::test]
async fn plain_http_elsewhere_than_this_computer_is_refused() {
    let got = client()
        .download("http://192.0.2.1/x", 1000, Duration::from_secs(1))
        .await;
    assert!(
        matches!(got, Err(SubmissionError::InsecureDestination { .. })),
        "{got:?}"
    );
}
