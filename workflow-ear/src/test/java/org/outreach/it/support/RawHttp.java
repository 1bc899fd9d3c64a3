package org.outreach.it.support;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * Requests written by hand on a socket, for what the JDK's HTTP client cannot show: the answer a
 * server gives to a request's head alone, before any of its announced body is sent.
 */
public final class RawHttp {

  private RawHttp() {}

  /**
   * Sends the headers of a request that announces a body of {@code length} bytes and waits for the
   * server's go-ahead ({@code Expect: 100-continue}, as curl does for big bodies), and returns the
   * server's first answer: its status line and body. The JDK's HTTP client trips over a final
   * answer that comes instead of the go-ahead.
   */
  public static String[] announce(
      String authorization, String method, String path, String contentType, long length)
      throws IOException {
    try (Socket socket = new Socket("127.0.0.1", BasicHttp.base().getPort())) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (requestHead(authorization, method, path, contentType, length)
                  + "Expect: 100-continue\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      String status = line(in);
      int bodyLength = 0;
      for (String header = line(in); !header.isEmpty(); header = line(in)) {
        if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
          bodyLength = Integer.parseInt(header.substring("content-length:".length()).trim());
        }
      }
      byte[] body = new byte[bodyLength];
      in.readFully(body);
      return new String[] {status, new String(body, StandardCharsets.UTF_8)};
    }
  }

  /** A request's head up to its last header, with the given {@code Authorization} value. */
  public static String requestHead(
      String authorization, String method, String path, String contentType, long length) {
    URI base = BasicHttp.base();
    return method
        + " "
        + base.getPath()
        + path
        + " HTTP/1.1\r\nHost: 127.0.0.1:"
        + base.getPort()
        + "\r\nAuthorization: "
        + authorization
        + "\r\nContent-Type: "
        + contentType
        + "\r\nContent-Length: "
        + length
        + "\r\n";
  }

  /**
   * Sends a request without a body to the test server, over plain HTTP or, with {@code tls}, over
   * HTTPS trusting the server's self-signed certificate, naming {@code host} in its {@code Host}
   * header (which the JDK's client will not let one set), and returns the answer's status line
   * followed by its headers.
   */
  public static List<String> head(boolean tls, String method, String host, String path)
      throws IOException, GeneralSecurityException {
    int port = tls ? httpsPort() : BasicHttp.base().getPort();
    try (Socket socket =
        tls
            ? trustingEveryCertificate().getSocketFactory().createSocket("127.0.0.1", port)
            : new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(60_000);
      OutputStream out = socket.getOutputStream();
      out.write(
          (method
                  + " "
                  + path
                  + " HTTP/1.1\r\nHost: "
                  + host
                  + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      List<String> answer = new ArrayList<>();
      for (String line = line(in); !line.isEmpty(); line = line(in)) {
        answer.add(line);
      }
      return answer;
    }
  }

  /** The test server's HTTPS port: its HTTP port's offset from 8080, from 8443. */
  public static int httpsPort() {
    return BasicHttp.base().getPort() - 8080 + 8443;
  }

  /** TLS that accepts the test server's self-signed certificate, and any other. */
  public static SSLContext trustingEveryCertificate() throws GeneralSecurityException {
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(
        null,
        new TrustManager[] {
          new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {}

            @Override
            public X509Certificate[] getAcceptedIssuers() {
              return new X509Certificate[0];
            }
          }
        },
        new SecureRandom());
    return context;
  }

  /** One line of an answer's head, without its line break. */
  public static String line(DataInputStream in) throws IOException {
    StringBuilder line = new StringBuilder();
    for (int b = in.read(); b != '\n'; b = in.read()) {
      if (b < 0) {
        throw new EOFException("the server closed the connection in the middle of a line");
      }
      if (b != '\r') {
        line.append((char) b);
      }
    }
    return line.toString();
  }
}
