-- Feedback: the author's verdict on the answer to a complaint (satisfied, not satisfied) and a
-- complaint raised again after its answer (tiếp tục phản ánh). QĐ 766/QĐ-TTg indicator 5.3 counts the
-- complaints whose answer was not liked, that were handled late, or that were raised again.

alter table feedback_complaint_events drop constraint feedback_complaint_events_action_check;
alter table feedback_complaint_events add constraint feedback_complaint_events_action_check
  check (action in ('submit', 'accept', 'refuse', 'start', 'answer', 'close', 'satisfied', 'dissatisfied', 'reopen'));
