#include "booking/booking_routes.hpp"

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>

#include <cmath>

#include "booking/booking_json.hpp"
#include "common/error.hpp"
#include "common/field_problems.hpp"

namespace medimeet::booking {

using http::Access;
using http::Body;
using http::Method;
using http::Request;
using http::Response;

namespace {

Response calendar_response(std::string body, const std::string& filename) {
  auto response = Response::text(200, "text/calendar; charset=utf-8", std::move(body));
  response.set_header("Content-Disposition", "attachment; filename=\"" + filename + "\"");
  return response;
}

boost::json::array counterparts_to_json(const std::vector<Counterpart>& counterparts) {
  boost::json::array items;
  for (const auto& counterpart : counterparts) {
    items.push_back(boost::json::object{{"_id", counterpart.id},
                                        {"name", counterpart.name},
                                        {"appointmentCount", counterpart.appointments},
                                        {"lastAppointmentDate", format_iso8601(counterpart.last_appointment)}});
  }
  return items;
}

// The appointment with until when its patient can change it online.
boost::json::object document(const BookingService& booking, const Appointment& appointment) {
  return appointment_to_json(appointment, booking.policy());
}

}  // namespace

void add_routes(http::Router& router, BookingService& booking, AppointmentCalendar& calendar) {
  router.add(Method::post, "/api/v1/doctors/me/appointments", Access::doctor, Body::json, [&](const Request& request) {
    const auto practice_booking = parse_practice_booking(request.body);
    return Response::json(201, document(booking, booking.book_for_patient(request.caller(), practice_booking)));
  });

  router.add(Method::get, "/api/v1/booking-policy", Access::anyone, Body::none, [&](const Request&) {
    return Response::json(200, policy_to_json(booking.policy()));
  });

  router.add(Method::post, "/api/v1/appointments", Access::patient, Body::json, [&](const Request& request) {
    const auto booking_request = parse_booking(request.body);
    return Response::json(201, document(booking, booking.book(request.caller(), booking_request, request.idempotency_key())));
  });

  router.add(Method::get, "/api/v1/appointments", Access::signed_in, Body::none, [&](const Request& request) {
    const auto query = parse_appointment_query(request.query);
    const auto page = booking.list(request.caller(), query.filter, query.paging);
    boost::json::array items;
    for (const auto& appointment : page.appointments) items.push_back(document(booking, appointment));
    return Response::json(200, page_to_json("appointments", std::move(items), query.paging, page.total));
  });

  router.add(Method::get, "/api/v1/appointments/{id}", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(200, document(booking, booking.get(request.caller(), request.object_id_param("id", "The appointment"))));
  });

  router.add(Method::post, "/api/v1/appointments/{id}/cancel", Access::signed_in, Body::json, [&](const Request& request) {
    const auto reason = parse_cancellation(request.body);
    return Response::json(200, document(booking, booking.cancel(request.caller(), request.object_id_param("id", "The appointment"), reason)));
  });

  router.add(Method::post, "/api/v1/appointments/{id}/reschedule", Access::signed_in, Body::json,
             [&](const Request& request) {
               const auto date = parse_reschedule(request.body);
               return Response::json(
                   200, document(booking, booking.reschedule(request.caller(), request.object_id_param("id", "The appointment"), date)));
             });

  router.add(Method::post, "/api/v1/appointments/{id}/complete", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(200, document(booking, booking.complete(request.caller(), request.object_id_param("id", "The appointment"))));
  });

  router.add(Method::post, "/api/v1/doctors/me/time-off/{id}/cancel-bookings", Access::doctor, Body::json,
             [&](const Request& request) {
               const auto reason = parse_cancellation(request.body);
               const auto& id = request.object_id_param("id", "The time off");
               boost::json::array canceled;
               for (const auto& appointment : booking.cancel_bookings_during(request.caller(), id, reason)) {
                 canceled.push_back(document(booking, appointment));
               }
               return Response::json(200, boost::json::object{{"canceled", std::move(canceled)}});
             });

  router.add(Method::post, "/api/v1/appointments/{id}/no-show", Access::doctor, Body::none, [&](const Request& request) {
    return Response::json(200, document(booking, booking.mark_no_show(request.caller(), request.object_id_param("id", "The appointment"))));
  });

  router.add(Method::get, "/api/v1/appointments/{id}/calendar.ics", Access::signed_in, Body::none,
             [&](const Request& request) {
               const auto& id = request.object_id_param("id", "The appointment");
               return calendar_response(calendar.appointment_file(request.caller(), id), "appointment-" + id + ".ics");
             });

  router.add(Method::post, "/api/v1/calendar/feed/rotate", Access::signed_in, Body::none, [&](const Request& request) {
    return Response::json(200, boost::json::object{{"url", calendar.rotate_feed(request.caller())}});
  });

  // The secret in the path is the credential, as calendar apps cannot send headers.
  router.add(Method::get, "/api/v1/calendar/feed/{file}", Access::anyone, Body::none, [&](const Request& request) {
    const auto& file = request.param("file");
    if (!file.ends_with(".ics")) throw AppError::not_found("The calendar feed");
    return calendar_response(calendar.feed(file.substr(0, file.size() - 4)), "medimeet.ics");
  });

  router.add(Method::get, "/api/v1/doctors/me/stats", Access::doctor, Body::none, [&](const Request& request) {
    const auto stats = booking.stats(request.caller().user_id);
    boost::json::object counts;
    boost::json::object percentages;
    for (const auto& [status, count] : stats.by_status) {
      counts[to_string(status)] = count;
      const double share = stats.total == 0 ? 0.0 : 100.0 * static_cast<double>(count) / static_cast<double>(stats.total);
      percentages[to_string(status)] = std::round(share * 10) / 10;
    }
    return Response::json(200, boost::json::object{{"total", stats.total},
                                                   {"byStatus", std::move(counts)},
                                                   {"percentages", std::move(percentages)},
                                                   {"upcoming", stats.upcoming},
                                                   {"awaitingOutcome", stats.awaiting_outcome}});
  });

  router.add(Method::get, "/api/v1/doctors/me/patients", Access::doctor, Body::none, [&](const Request& request) {
    const auto query = parse_patient_query(request.query);
    const auto page = booking.patients(request.caller(), query.term, query.paging);
    boost::json::array items;
    for (const auto& patient : page.patients) items.push_back(patient_of_doctor_to_json(patient));
    return Response::json(200, page_to_json("patients", std::move(items), query.paging, page.total));
  });

  router.add(Method::get, "/api/v1/patients/me/doctors", Access::patient, Body::none, [&](const Request& request) {
    return Response::json(200, boost::json::object{{"doctors", counterparts_to_json(booking.counterparts(request.caller()))}});
  });
}

}  // namespace medimeet::booking
