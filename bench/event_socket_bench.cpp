// Load of the event socket: holds many sockets open at once, then has patients send messages to
// their doctors over HTTP and times each from just before its POST until the doctor's socket
// receives it (message.created). With two server URLs, the patients send through the first and
// the doctors listen on the second: delivery crosses instances (PostgreSQL LISTEN/NOTIFY).
//
//   medimeet_socket_bench --database URL --send-url URL [--listen-url URL] [--sockets N]
//                         [--messages N] [--senders N] [--server-pid PID ...]
//
// Picks doctor-patient pairs from the seeded appointments and opens a session for each user
// straight in the database; sockets authenticate with `Authorization: Bearer`, as non-browser
// clients may. Prints one line "BENCH_SOCKETS key=value ...".
#include <CLI/CLI.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <soci/soci.h>

#include <algorithm>
#include <fstream>
#include <iostream>
#include <map>
#include <set>

#include "common/object_id.hpp"
#include "security/tokens.hpp"
#include "storage/database.hpp"

namespace {

using namespace medimeet;
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = beast::http;
namespace websocket = beast::websocket;
using asio::use_awaitable;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;

struct Pair {
  std::string patient_id;
  std::string patient_token;
  std::string doctor_id;
  std::string doctor_token;
};

struct Endpoint {
  std::string host;
  std::string port;
};

Endpoint endpoint_of(const std::string& url) {
  const auto authority = url.substr(url.find("://") + 3);
  const auto colon = authority.rfind(':');
  return {authority.substr(0, colon), authority.substr(colon + 1)};
}

// One session per user, written as the accounts module would (the token stored as its hash).
std::string open_session(soci::session& sql, const std::string& user_id) {
  const auto token = security::random_token();
  const auto now = std::chrono::duration_cast<std::chrono::milliseconds>(
                       std::chrono::system_clock::now().time_since_epoch()).count();
  const long long expires = now + 24LL * 3600 * 1000;
  const auto id = new_object_id(std::chrono::time_point_cast<std::chrono::milliseconds>(std::chrono::system_clock::now()));
  const auto hash = security::hash_token(token);
  sql << "INSERT INTO auth_sessions (id, user_id, token_hash, created_at, last_seen_at, expires_at) "
         "VALUES (:id, :u, :h, :c, :s, :e)",
      soci::use(id), soci::use(user_id), soci::use(hash), soci::use(now), soci::use(now), soci::use(expires);
  return token;
}

std::vector<Pair> pick_pairs(const std::string& url, int count) {
  storage::Database database(url, 1);
  return database.write([&](soci::session& sql) {
    std::vector<Pair> pairs;
    std::string doctor_id;
    std::string patient_id;
    // Pairs of users seen in no other pair, so that every socket is a different user's (and
    // each patient's messages a minute stay far below the limit).
    std::set<std::string> taken;
    soci::statement query = (sql.prepare << "SELECT doctor_id, patient_id FROM appointments LIMIT 500000",
                             soci::into(doctor_id), soci::into(patient_id));
    query.execute();
    while (static_cast<int>(pairs.size()) < count && query.fetch()) {
      if (taken.contains(doctor_id) || taken.contains(patient_id)) continue;
      taken.insert(doctor_id);
      taken.insert(patient_id);
      pairs.push_back({patient_id, "", doctor_id, ""});
    }
    for (auto& pair : pairs) {
      pair.patient_token = open_session(sql, pair.patient_id);
      pair.doctor_token = open_session(sql, pair.doctor_id);
    }
    return pairs;
  });
}

long rss_kib(int pid) {
  std::ifstream status("/proc/" + std::to_string(pid) + "/status");
  std::string line;
  while (std::getline(status, line)) {
    if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
  }
  return 0;
}

class Bench {
 public:
  Bench(std::vector<Pair> pairs, Endpoint send_to, Endpoint listen_on, int messages)
      : pairs_(std::move(pairs)), send_to_(std::move(send_to)), listen_on_(std::move(listen_on)),
        sent_at_(static_cast<std::size_t>(messages)) {}

  // Each user's socket: patients on the sending instance, doctors on the listening one.
  asio::awaitable<void> hold_socket(std::string token, Endpoint where, bool is_doctor) {
    try {
      tcp::resolver resolver(co_await asio::this_coro::executor);
      websocket::stream<beast::tcp_stream> ws(co_await asio::this_coro::executor);
      co_await beast::get_lowest_layer(ws).async_connect(co_await resolver.async_resolve(where.host, where.port, use_awaitable),
                                                         use_awaitable);
      ws.set_option(websocket::stream_base::decorator([token](websocket::request_type& request) {
        request.set(bhttp::field::authorization, "Bearer " + token);
      }));
      co_await ws.async_handshake(where.host + ":" + where.port, "/api/v1/events", use_awaitable);
      ++connected_;
      beast::flat_buffer buffer;
      while (true) {
        co_await ws.async_read(buffer, use_awaitable);
        const auto received = Clock::now();
        if (is_doctor) on_frame(beast::buffers_to_string(buffer.data()), received);
        buffer.consume(buffer.size());
      }
    } catch (const std::exception& error) {
      if (!stopping_) {
        ++socket_errors_;
        if (socket_errors_ <= 3) std::cerr << "socket: " << error.what() << "\n";
      }
    }
  }

  asio::awaitable<void> send_messages(int worker, int workers) {
    try {
      tcp::resolver resolver(co_await asio::this_coro::executor);
      beast::tcp_stream stream(co_await asio::this_coro::executor);
      co_await stream.async_connect(co_await resolver.async_resolve(send_to_.host, send_to_.port, use_awaitable),
                                    use_awaitable);
      beast::flat_buffer buffer;
      for (std::size_t i = static_cast<std::size_t>(worker); i < sent_at_.size(); i += static_cast<std::size_t>(workers)) {
        const auto& pair = pairs_[i % pairs_.size()];
        bhttp::request<bhttp::string_body> request{bhttp::verb::post, "/api/v1/messages", 11};
        request.set(bhttp::field::host, send_to_.host);
        request.set(bhttp::field::authorization, "Bearer " + pair.patient_token);
        request.set(bhttp::field::content_type, "application/json");
        request.body() = boost::json::serialize(
            boost::json::object{{"receiverId", pair.doctor_id}, {"content", "bench " + std::to_string(i)}});
        request.prepare_payload();
        sent_at_[i] = Clock::now();
        co_await bhttp::async_write(stream, request, use_awaitable);
        bhttp::response<bhttp::string_body> response;
        co_await bhttp::async_read(stream, buffer, response, use_awaitable);
        if (response.result_int() != 201) {
          if (++send_errors_ <= 3) std::cerr << "send: " << response.result_int() << " " << response.body() << "\n";
        }
      }
    } catch (const std::exception& error) {
      ++send_errors_;
      std::cerr << "sender: " << error.what() << "\n";
    }
  }

  void on_frame(const std::string& frame, Clock::time_point received) {
    const auto event = boost::json::parse(frame).as_object();
    if (event.at("type").as_string() != "message.created") return;
    const std::string content(event.at("data").at("content").as_string());
    const auto index = std::stoul(content.substr(content.find(' ') + 1));
    if (index >= sent_at_.size()) return;
    latencies_ms_.push_back(std::chrono::duration<double, std::milli>(received - sent_at_[index]).count());
    last_delivery_ = received;
  }

  Clock::time_point last_delivery() const { return last_delivery_; }

  const std::vector<Pair>& pairs() const { return pairs_; }
  int connected() const { return connected_; }
  std::size_t delivered() const { return latencies_ms_.size(); }
  std::vector<double> latencies() const { return latencies_ms_; }
  int socket_errors() const { return socket_errors_; }
  int send_errors() const { return send_errors_; }
  void stop() { stopping_ = true; }
  const Endpoint& send_to() const { return send_to_; }
  const Endpoint& listen_on() const { return listen_on_; }

 private:
  std::vector<Pair> pairs_;
  Endpoint send_to_;
  Endpoint listen_on_;
  std::vector<Clock::time_point> sent_at_;
  std::vector<double> latencies_ms_;
  Clock::time_point last_delivery_;
  int connected_ = 0;
  int socket_errors_ = 0;
  int send_errors_ = 0;
  bool stopping_ = false;
};

// Runs `ioc` until `done()` or the timeout.
template <class Done>
void run_until(asio::io_context& ioc, Done done, std::chrono::seconds timeout) {
  const auto deadline = Clock::now() + timeout;
  while (!done() && Clock::now() < deadline) ioc.run_for(std::chrono::milliseconds(20));
}

double percentile(std::vector<double> values, double p) {
  if (values.empty()) return 0;
  std::sort(values.begin(), values.end());
  return values[std::min(values.size() - 1, static_cast<std::size_t>(p * static_cast<double>(values.size())))];
}

int bench(int argc, char** argv) {
  std::string database_url;
  std::string send_url;
  std::string listen_url;
  int sockets = 1000;
  int messages = 5000;
  int senders = 16;
  std::vector<int> server_pids;
  CLI::App cli{"Load the event socket of running medimeet instances"};
  cli.add_option("--database", database_url)->required();
  cli.add_option("--send-url", send_url)->required();
  cli.add_option("--listen-url", listen_url);
  cli.add_option("--sockets", sockets);
  cli.add_option("--messages", messages);
  cli.add_option("--senders", senders);
  cli.add_option("--server-pid", server_pids);
  CLI11_PARSE(cli, argc, argv);
  if (listen_url.empty()) listen_url = send_url;

  auto pairs = pick_pairs(database_url, sockets / 2);
  if (pairs.size() * 2 < static_cast<std::size_t>(sockets)) {
    std::cerr << "only " << pairs.size() << " doctor-patient pairs in the database\n";
    return 1;
  }
  long rss_before = 0;
  for (int pid : server_pids) rss_before += rss_kib(pid);

  asio::io_context ioc;
  Bench bench(std::move(pairs), endpoint_of(send_url), endpoint_of(listen_url), messages);
  for (const auto& pair : bench.pairs()) {
    asio::co_spawn(ioc, bench.hold_socket(pair.patient_token, bench.send_to(), false), asio::detached);
    asio::co_spawn(ioc, bench.hold_socket(pair.doctor_token, bench.listen_on(), true), asio::detached);
  }
  run_until(ioc, [&] { return bench.connected() + bench.socket_errors() >= sockets; }, std::chrono::seconds(60));
  if (bench.connected() < sockets) {
    std::cerr << "only " << bench.connected() << " of " << sockets << " sockets opened\n";
    return 1;
  }
  long rss_open = 0;
  for (int pid : server_pids) rss_open += rss_kib(pid);

  const auto started = Clock::now();
  for (int worker = 0; worker < senders; ++worker) {
    asio::co_spawn(ioc, bench.send_messages(worker, senders), asio::detached);
  }
  run_until(ioc, [&] { return bench.delivered() >= static_cast<std::size_t>(messages); }, std::chrono::seconds(120));
  const double seconds = std::chrono::duration<double>(bench.last_delivery() - started).count();
  bench.stop();

  const auto latencies = bench.latencies();
  std::cout << "BENCH_SOCKETS sockets=" << bench.connected() << " messages=" << messages
            << " delivered=" << latencies.size() << " senders=" << senders
            << " msgs_per_s=" << static_cast<long>(static_cast<double>(latencies.size()) / seconds)
            << " p50_ms=" << percentile(latencies, 0.50) << " p99_ms=" << percentile(latencies, 0.99)
            << " errors=" << bench.socket_errors() + bench.send_errors()
            << " rss_kib_per_socket=" << (server_pids.empty() ? 0.0 : static_cast<double>(rss_open - rss_before) / sockets)
            << "\n";
  return latencies.size() == static_cast<std::size_t>(messages) && bench.send_errors() == 0 ? 0 : 1;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return bench(argc, argv);
  } catch (const std::exception& error) {
    std::cerr << "socket bench failed: " << error.what() << "\n";
    return 1;
  }
}
