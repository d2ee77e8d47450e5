#include "messages/message_repository.hpp"

#include <soci/soci.h>

#include "doctors/specialties.hpp"
#include "storage/kept_statements.hpp"
#include "storage/optional_binding.hpp"
#include "storage/query.hpp"

namespace medimeet::messages {
namespace {

constexpr std::string_view kColumns =
    "m.id, m.sender_id, m.receiver_id, m.content, m.sent_at, m.read, m.read_at, m.created_at, m.updated_at";

// The columns of kColumns, read into one message.
struct MessageRow {
  Message message;
  long long sent_at = 0;
  int read = 0;
  std::optional<long long> read_at;
  long long created_at = 0;
  long long updated_at = 0;

  void exchange(soci::statement& statement) {
    statement.exchange(soci::into(message.id));
    statement.exchange(soci::into(message.sender_id));
    statement.exchange(soci::into(message.receiver_id));
    statement.exchange(soci::into(message.content));
    statement.exchange(soci::into(sent_at));
    statement.exchange(soci::into(read));
    statement.exchange(soci::into(read_at));
    statement.exchange(soci::into(created_at));
    statement.exchange(soci::into(updated_at));
  }

  Message value() const {
    Message result = message;
    result.timestamp = from_epoch_ms(sent_at);
    result.read = read != 0;
    result.read_at = read_at ? std::optional(from_epoch_ms(*read_at)) : std::nullopt;
    result.created_at = from_epoch_ms(created_at);
    result.updated_at = from_epoch_ms(updated_at);
    return result;
  }
};

// u.id, u.name, u.role, d.specialty, read into one party.
struct PartyRow {
  Party party;
  std::string role;
  std::optional<std::string> specialty;

  void exchange(soci::statement& statement) {
    statement.exchange(soci::into(party.id));
    statement.exchange(soci::into(party.name));
    statement.exchange(soci::into(role));
    statement.exchange(soci::into(specialty));
  }

  Party value() const {
    Party result = party;
    result.role = role == "doctor" ? access::Role::doctor : access::Role::patient;
    result.doctor_title = result.role == access::Role::doctor && doctors::carries_doctor_title(specialty);
    return result;
  }
};

std::vector<Message> select_messages(soci::session& sql, const storage::Query& query) {
  MessageRow row;
  storage::KeptStatement statement(sql, query.text());
  row.exchange(*statement);
  query.bind_to(*statement);
  statement->execute();
  std::vector<Message> messages;
  while (statement->fetch()) messages.push_back(row.value());
  return messages;
}

// Appends which side of a message `m` is not `user_id`.
storage::Query& append_counterpart(storage::Query& query, const std::string& user_id) {
  return query.append("CASE WHEN m.sender_id = ").bind(user_id).append(" THEN m.receiver_id ELSE m.sender_id END");
}

}  // namespace

void MessageRepository::insert(soci::session& sql, const Message& message,
                               const std::optional<std::string>& idempotency_key,
                               const std::optional<std::string>& request_hash) const {
  const long long sent_at = to_epoch_ms(message.timestamp);
  const int read = message.read ? 1 : 0;
  const std::optional<long long> read_at =
      message.read_at ? std::optional(to_epoch_ms(*message.read_at)) : std::nullopt;
  const long long created_at = to_epoch_ms(message.created_at);
  const long long updated_at = to_epoch_ms(message.updated_at);
  storage::run(sql, "INSERT INTO messages (id, sender_id, receiver_id, content, sent_at, read, read_at, "
                    "idempotency_key, request_hash, created_at, updated_at) "
                    "VALUES (:id, :s, :r, :c, :t, :read, :ra, :k, :h, :ca, :ua)",
               soci::use(message.id), soci::use(message.sender_id), soci::use(message.receiver_id),
               soci::use(message.content), soci::use(sent_at), soci::use(read), soci::use(read_at),
               soci::use(idempotency_key), soci::use(request_hash), soci::use(created_at), soci::use(updated_at));
}

std::optional<Message> MessageRepository::find(soci::session& sql, const std::string& id) const {
  storage::Query query("SELECT ");
  query.append(kColumns).append(" FROM messages m WHERE m.id = ").bind(id);
  auto found = select_messages(sql, query);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<std::pair<std::string, Message>> MessageRepository::find_by_idempotency_key(
    soci::session& sql, const std::string& sender_id, const std::string& key) const {
  storage::Query query("SELECT ");
  query.append(kColumns).append(", m.request_hash FROM messages m WHERE m.sender_id = ").bind(sender_id)
      .append(" AND m.idempotency_key = ").bind(key);
  MessageRow row;
  std::string request_hash;
  storage::KeptStatement statement(sql, query.text());
  row.exchange(*statement);
  statement->exchange(soci::into(request_hash));
  query.bind_to(*statement);
  statement->execute();
  if (!statement->fetch()) return std::nullopt;
  return std::make_pair(request_hash, row.value());
}

std::optional<Party> MessageRepository::find_party(soci::session& sql, const std::string& user_id) const {
  storage::Query query("SELECT u.id, u.name, u.role, d.specialty FROM users u LEFT JOIN doctors d ON d.id = u.id "
                       "WHERE u.id = ");
  query.bind(user_id);
  PartyRow row;
  storage::KeptStatement statement(sql, query.text());
  row.exchange(*statement);
  query.bind_to(*statement);
  statement->execute();
  if (!statement->fetch()) return std::nullopt;
  return row.value();
}

bool MessageRepository::have_written(soci::session& sql, const std::string& user_id,
                                     const std::string& other_id) const {
  storage::Query query("SELECT COUNT(*) FROM (SELECT 1 FROM messages WHERE (sender_id = ");
  query.bind(user_id).append(" AND receiver_id = ").bind(other_id).append(") OR (sender_id = ").bind(other_id)
      .append(" AND receiver_id = ").bind(user_id).append(") LIMIT 1) AS any_message");
  return storage::select_number(sql, query) > 0;
}

std::vector<Conversation> MessageRepository::conversations(soci::session& sql, const std::string& user_id,
                                                           int limit, int offset) const {
  // The latest message per counterpart (ROW_NUMBER, on both backends), with the counterpart and
  // how many of their messages are unread.
  storage::Query query("SELECT ");
  query.append(kColumns).append(", u.id, u.name, u.role, d.specialty, (SELECT COUNT(*) FROM messages x "
                                "WHERE x.receiver_id = ")
      .bind(user_id)
      .append(" AND x.sender_id = u.id AND x.read = 0) FROM (SELECT m.*, ");
  append_counterpart(query, user_id).append(" AS counterpart, ROW_NUMBER() OVER (PARTITION BY ");
  append_counterpart(query, user_id)
      .append(" ORDER BY m.sent_at DESC, m.id DESC) AS position FROM messages m WHERE m.sender_id = ")
      .bind(user_id)
      .append(" OR m.receiver_id = ")
      .bind(user_id)
      .append(") m JOIN users u ON u.id = m.counterpart LEFT JOIN doctors d ON d.id = u.id "
              "WHERE m.position = 1 ORDER BY m.sent_at DESC, m.id DESC LIMIT ")
      .bind(static_cast<long long>(limit))
      .append(" OFFSET ")
      .bind(static_cast<long long>(offset));
  MessageRow message;
  PartyRow party;
  long long unread = 0;
  storage::KeptStatement statement(sql, query.text());
  message.exchange(*statement);
  party.exchange(*statement);
  statement->exchange(soci::into(unread));
  query.bind_to(*statement);
  statement->execute();
  std::vector<Conversation> conversations;
  while (statement->fetch()) conversations.push_back({party.value(), message.value(), unread});
  return conversations;
}

long long MessageRepository::count_conversations(soci::session& sql, const std::string& user_id) const {
  storage::Query query("SELECT COUNT(DISTINCT CASE WHEN sender_id = ");
  query.bind(user_id).append(" THEN receiver_id ELSE sender_id END) FROM messages WHERE sender_id = ").bind(user_id)
      .append(" OR receiver_id = ").bind(user_id);
  return storage::select_number(sql, query);
}

std::vector<Message> MessageRepository::thread(soci::session& sql, const std::string& user_id,
                                               const std::string& other_id, const ThreadCursor& cursor,
                                               int limit) const {
  storage::Query query("SELECT ");
  query.append(kColumns).append(" FROM messages m WHERE ((m.sender_id = ").bind(user_id)
      .append(" AND m.receiver_id = ").bind(other_id).append(") OR (m.sender_id = ").bind(other_id)
      .append(" AND m.receiver_id = ").bind(user_id).append("))");
  if (cursor.before) {
    const long long before = to_epoch_ms(*cursor.before);
    query.append(" AND (m.sent_at < ").bind(before);
    if (cursor.before_id) query.append(" OR (m.sent_at = ").bind(before).append(" AND m.id < ").bind(*cursor.before_id).append(")");
    query.append(")");
  }
  query.append(" ORDER BY m.sent_at DESC, m.id DESC LIMIT ").bind(static_cast<long long>(limit));
  return select_messages(sql, query);
}

std::vector<std::string> MessageRepository::mark_read(soci::session& sql, const std::string& reader_id,
                                                      const std::string& sender_id, TimePoint now) const {
  std::vector<std::string> ids;
  {
    std::string id;
    storage::Query query("SELECT id FROM messages WHERE receiver_id = ");
    query.bind(reader_id).append(" AND sender_id = ").bind(sender_id).append(" AND read = 0 ORDER BY sent_at, id");
    storage::KeptStatement statement(sql, query.text());
    statement->exchange(soci::into(id));
    query.bind_to(*statement);
    statement->execute();
    while (statement->fetch()) ids.push_back(id);
  }
  if (ids.empty()) return ids;
  const long long at = to_epoch_ms(now);
  storage::Query update("UPDATE messages SET read = 1, read_at = ");
  update.bind(at).append(", updated_at = ").bind(at).append(" WHERE read = 0 AND id IN (").bind_list(ids).append(")");
  storage::execute_counting_rows(sql, update);
  return ids;
}

long long MessageRepository::count_unread(soci::session& sql, const std::string& user_id) const {
  return storage::select_number(
      sql, storage::Query("SELECT COUNT(*) FROM messages WHERE receiver_id = ").bind(user_id).append(" AND read = 0"));
}

std::vector<DueAlert> MessageRepository::due_alerts(soci::session& sql, TimePoint cutoff, TimePoint floor,
                                                    TimePoint hour_ago, std::chrono::seconds delay,
                                                    int limit) const {
  const long long delay_ms = std::chrono::duration_cast<std::chrono::milliseconds>(delay).count();
  storage::Query query(
      "SELECT m.receiver_id, m.sender_id, a.last_sent_at FROM messages m LEFT JOIN message_alerts a "
      "ON a.receiver_id = m.receiver_id AND a.sender_id = m.sender_id WHERE m.read = 0 AND m.sent_at <= ");
  query.bind(to_epoch_ms(cutoff)).append(" AND m.sent_at > ").bind(to_epoch_ms(floor))
      .append(" AND (a.last_sent_at IS NULL OR (a.last_sent_at <= ").bind(to_epoch_ms(hour_ago))
      .append(" AND m.sent_at > a.last_sent_at - ").bind(delay_ms).append(")) GROUP BY m.receiver_id, m.sender_id, a.last_sent_at LIMIT ")
      .bind(static_cast<long long>(limit));
  DueAlert row;
  std::optional<long long> last_sent_at;
  storage::KeptStatement statement(sql, query.text());
  statement->exchange(soci::into(row.receiver_id));
  statement->exchange(soci::into(row.sender_id));
  statement->exchange(soci::into(last_sent_at));
  query.bind_to(*statement);
  statement->execute();
  std::vector<DueAlert> alerts;
  while (statement->fetch()) {
    row.last_sent_at = last_sent_at ? std::optional(from_epoch_ms(*last_sent_at)) : std::nullopt;
    alerts.push_back(row);
  }
  return alerts;
}

bool MessageRepository::still_unread(soci::session& sql, const DueAlert& alert, TimePoint cutoff,
                                     TimePoint floor, std::chrono::seconds delay) const {
  const auto after = alert.last_sent_at ? std::max(*alert.last_sent_at - delay, floor) : floor;
  storage::Query query("SELECT COUNT(*) FROM messages WHERE receiver_id = ");
  query.bind(alert.receiver_id).append(" AND sender_id = ").bind(alert.sender_id)
      .append(" AND read = 0 AND sent_at <= ").bind(to_epoch_ms(cutoff)).append(" AND sent_at > ")
      .bind(to_epoch_ms(after));
  return storage::select_number(sql, query) > 0;
}

bool MessageRepository::claim_alert(soci::session& sql, const DueAlert& alert, TimePoint now) const {
  if (!alert.last_sent_at) {
    storage::Query insert("INSERT INTO message_alerts (receiver_id, sender_id, last_sent_at) VALUES (");
    insert.bind(alert.receiver_id).append(", ").bind(alert.sender_id).append(", ").bind(to_epoch_ms(now))
        .append(") ON CONFLICT (receiver_id, sender_id) DO NOTHING");
    return storage::execute_counting_rows(sql, insert) == 1;
  }
  storage::Query update("UPDATE message_alerts SET last_sent_at = ");
  update.bind(to_epoch_ms(now)).append(" WHERE receiver_id = ").bind(alert.receiver_id)
      .append(" AND sender_id = ").bind(alert.sender_id).append(" AND last_sent_at = ")
      .bind(to_epoch_ms(*alert.last_sent_at));
  return storage::execute_counting_rows(sql, update) == 1;
}

void MessageRepository::mark_alerted(soci::session& sql, const std::string& receiver_id,
                                     const std::string& sender_id, TimePoint at) const {
  storage::Query upsert("INSERT INTO message_alerts (receiver_id, sender_id, last_sent_at) VALUES (");
  upsert.bind(receiver_id).append(", ").bind(sender_id).append(", ").bind(to_epoch_ms(at))
      .append(") ON CONFLICT (receiver_id, sender_id) DO UPDATE SET last_sent_at = excluded.last_sent_at");
  storage::execute_counting_rows(sql, upsert);
}

std::vector<Message> MessageRepository::all_of(soci::session& sql, const std::string& user_id) const {
  storage::Query query("SELECT ");
  query.append(kColumns).append(" FROM messages m WHERE m.sender_id = ").bind(user_id)
      .append(" OR m.receiver_id = ").bind(user_id).append(" ORDER BY m.sent_at, m.id");
  return select_messages(sql, query);
}

}  // namespace medimeet::messages
