#include "notifications/email_layout.hpp"

#include "i18n/message_catalogue.hpp"

namespace medimeet::notifications {
namespace {

using i18n::Message;

std::string escape_html(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\'': escaped += "&#39;"; break;
      default: escaped += c;
    }
  }
  return escaped;
}

// Paragraphs keep their line breaks in HTML too.
std::string html_paragraph(std::string_view text) {
  std::string html = "<p style=\"margin:0 0 16px\">";
  std::size_t start = 0;
  while (true) {
    const auto end = text.find('\n', start);
    html += escape_html(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    html += "<br>\n";
    start = end + 1;
  }
  return html + "</p>\n";
}

std::string text_body(i18n::Language language, const EmailContent& content) {
  std::string text = i18n::text(language, Message::email_greeting, {{"name", content.recipient_name}}) + "\n\n";
  for (const auto& paragraph : content.paragraphs) text += paragraph + "\n\n";
  if (content.action) text += content.action->label + ":\n" + content.action->url + "\n\n";
  for (const auto& paragraph : content.closing) text += paragraph + "\n\n";
  return text + i18n::text(language, Message::email_signature) + "\n";
}

// Table-free, inline-styled HTML: what mail clients render alike. Lines stay short (SMTP
// allows 998 characters a line).
std::string html_body(i18n::Language language, const EmailContent& content) {
  std::string html = "<!DOCTYPE html>\n<html lang=\"" + std::string(i18n::to_string(language)) +
                     "\">\n<head><meta charset=\"utf-8\">\n<title>" + escape_html(content.subject) +
                     "</title></head>\n<body style=\"margin:0;padding:24px;background:#f4f6f8;"
                     "font-family:Arial,Helvetica,sans-serif;color:#1b2530\">\n"
                     "<div style=\"max-width:560px;margin:0 auto;padding:24px;background:#ffffff;"
                     "border-radius:8px;font-size:16px;line-height:1.5\">\n";
  html += html_paragraph(i18n::text(language, Message::email_greeting, {{"name", content.recipient_name}}));
  for (const auto& paragraph : content.paragraphs) html += html_paragraph(paragraph);
  if (content.action) {
    const auto url = escape_html(content.action->url);
    html += "<p style=\"margin:24px 0\"><a href=\"" + url +
            "\"\n style=\"display:inline-block;padding:12px 20px;background:#0b5cad;color:#ffffff;"
            "text-decoration:none;border-radius:6px;font-weight:bold\">" +
            escape_html(content.action->label) + "</a></p>\n";
    html += "<p style=\"margin:0 0 16px;font-size:13px;color:#4a5968\">" +
            escape_html(i18n::text(language, Message::email_link_fallback)) + "<br>\n<a href=\"" + url +
            "\"\n style=\"color:#0b5cad;word-break:break-all\">" + url + "</a></p>\n";
  }
  for (const auto& paragraph : content.closing) html += html_paragraph(paragraph);
  html += html_paragraph(i18n::text(language, Message::email_signature));
  return html + "</div>\n</body>\n</html>\n";
}

}  // namespace

OutgoingMessage compose_email(i18n::Language language, const std::string& to, const EmailContent& content,
                              const std::optional<std::string>& notification_id) {
  OutgoingMessage message;
  message.channel = Channel::email;
  message.recipient = to;
  message.subject = content.subject;
  message.body = text_body(language, content);
  message.html = html_body(language, content);
  message.notification_id = notification_id;
  return message;
}

}  // namespace medimeet::notifications
