-- 0503's check let a box through when a part was missing: a CHECK whose expression is NULL passes, and
-- `signature_box -> 'page'` of a box without a page is NULL. Every part is now required.
alter table signed_documents drop constraint signed_documents_signature_box_shape;
alter table signed_documents add constraint signed_documents_signature_box_shape check (
  signature_box is null or coalesce(
    jsonb_typeof(signature_box -> 'page') = 'number'
    and (signature_box ->> 'page')::numeric >= 0
    and jsonb_typeof(signature_box -> 'rect') = 'object'
    and jsonb_typeof(signature_box #> '{rect,x}') = 'number'
    and jsonb_typeof(signature_box #> '{rect,y}') = 'number'
    and jsonb_typeof(signature_box #> '{rect,width}') = 'number'
    and jsonb_typeof(signature_box #> '{rect,height}') = 'number'
    and (signature_box #>> '{rect,width}')::numeric > 0
    and (signature_box #>> '{rect,height}')::numeric > 0,
    false
  )
);
