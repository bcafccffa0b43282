-- Where a registered document left room for its signature (the paper's own layout: the leader's block
-- of a result), so the signature and the seal are drawn there and not over the text. Null: the default
-- position (bottom right of the last page). Page 0-based; rect in PDF points from the bottom left.
alter table signed_documents add column signature_box jsonb;
alter table signed_documents add constraint signed_documents_signature_box_shape check (
  signature_box is null or (
    jsonb_typeof(signature_box -> 'page') = 'number'
    and (signature_box ->> 'page')::numeric >= 0
    and jsonb_typeof(signature_box -> 'rect') = 'object'
    and (signature_box #>> '{rect,width}')::numeric > 0
    and (signature_box #>> '{rect,height}')::numeric > 0
    and jsonb_typeof(signature_box #> '{rect,x}') = 'number'
    and jsonb_typeof(signature_box #> '{rect,y}') = 'number'
  )
);
