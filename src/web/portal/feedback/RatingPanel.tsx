import { Alert, Button, Group, Radio, Skeleton, Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { RatingLevel } from '../../../contracts/feedback';
import { type ApiError, toApiError } from '../../api/client';
import { useApi } from '../../api/useApi';
import { useLang } from '../../i18n';
import { LOCALES } from '../../i18n/messages';
import { ApiErrorAlert } from '../../ui/ApiErrorAlert';
import { formatDateTime } from '../../ui/text';
import pages from '../pages.module.css';
import { type DossierRatingsData, getDossierRatings, rateDossier, type ScaleData } from './api';
import classes from './feedback.module.css';
import { useFeedbackT } from './messages';

type Slot = DossierRatingsData['slots'][number];

/** One contact point: the rating given (and until when it may change), or the form to give it. */
function SlotRating({
  dossierId,
  slot,
  scale,
  onRated,
}: {
  dossierId: string;
  slot: Slot;
  scale: ScaleData;
  onRated: (next: DossierRatingsData) => void;
}) {
  const ft = useFeedbackT();
  const { lang } = useLang();
  const [editing, setEditing] = useState(!slot.current);
  const [level, setLevel] = useState<RatingLevel | ''>(slot.current?.level ?? '');
  const [comment, setComment] = useState('');
  const [busy, setBusy] = useState(false);
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const name = slot.name[lang];

  const send = async () => {
    if (!level) {
      setMissing(true);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const body = { contact: slot.contact, level, ...(comment.trim() ? { comment: comment.trim() } : {}) };
      onRated(await rateDossier(dossierId, body));
      setEditing(false);
      setComment('');
    } catch (e) {
      setError(toApiError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className={classes.slot} data-testid={`rating-${slot.contact}`}>
      {slot.current && !editing ? (
        <Stack gap={4}>
          <div className={classes.given}>
            <Text fw={700}>{name}</Text>
            <Text size="sm">
              {ft('fb.rate.yours', { level: slot.current.levelName[lang] })}{' '}
              <Text span size="xs" c="dimmed">
                {ft('fb.rate.at', { time: formatDateTime(lang, slot.current.createdAt) })}
              </Text>
            </Text>
          </div>
          {slot.current.comment ? (
            <Text size="sm" fs="italic">
              “{slot.current.comment}”
            </Text>
          ) : null}
          {slot.history.map((h) => (
            <Text key={h.id} size="xs" c="dimmed">
              {ft('fb.rate.previous', { level: h.levelName[lang], time: formatDateTime(lang, h.createdAt) })}
            </Text>
          ))}
          {slot.open && slot.closesAt ? (
            <Group gap="sm" mt={4}>
              <Button size="xs" variant="light" onClick={() => setEditing(true)}>
                {ft('fb.rate.change')}
              </Button>
              <Text size="xs" c="dimmed">
                {ft('fb.rate.until', { time: formatDateTime(lang, slot.closesAt) })}
              </Text>
            </Group>
          ) : (
            <Text size="xs" c="dimmed">
              {ft('fb.rate.closed')}
            </Text>
          )}
        </Stack>
      ) : slot.open ? (
        <Stack gap="xs">
          <Radio.Group
            label={ft('fb.rate.question', { contact: name })}
            value={level}
            onChange={(v) => {
              setLevel(v as RatingLevel);
              setMissing(false);
            }}
            error={missing ? ft('fb.rate.pickLevel') : undefined}
          >
            <div className={classes.levels}>
              {scale.levels.map((l) => (
                <Radio.Card
                  key={l.level}
                  value={l.level}
                  className={classes.level}
                  data-tone={l.satisfied ? 'good' : 'bad'}
                  radius="md"
                  p="sm"
                >
                  <Group gap="xs" wrap="nowrap">
                    <Radio.Indicator />
                    <Text fw={600} size="sm">
                      {l[lang]}
                    </Text>
                  </Group>
                </Radio.Card>
              ))}
            </div>
          </Radio.Group>
          <Textarea
            label={ft('fb.rate.comment')}
            description={ft('fb.rate.commentHelp', { max: scale.commentMax.toLocaleString(LOCALES[lang]) })}
            value={comment}
            onChange={(e) => setComment(e.currentTarget.value)}
            maxLength={scale.commentMax}
            autosize
            minRows={2}
          />
          {slot.current ? (
            <Text size="xs" c="dimmed">
              {ft('fb.rate.correctionNote')}
            </Text>
          ) : null}
          {error ? <ApiErrorAlert error={error} /> : null}
          <Group gap="sm">
            <Button onClick={() => void send()} loading={busy}>
              {ft('fb.rate.send')}
            </Button>
            {slot.current ? (
              <Button variant="default" onClick={() => setEditing(false)}>
                {ft('fb.rate.cancel')}
              </Button>
            ) : null}
          </Group>
        </Stack>
      ) : (
        <Text size="sm" c="dimmed">
          {name}: {ft('fb.rate.closed')}
        </Text>
      )}
    </div>
  );
}

/**
 * "Đánh giá mức độ hài lòng" on the citizen's dossier page: one block per contact that happened (the
 * receipt, a supplement request, the result once ready), on the scale in force.
 */
export function RatingPanel({
  dossierId,
  ended,
  scale,
}: {
  dossierId: string;
  /** The dossier ended without a result (refused, withdrawn, stopped): there will be none to rate. */
  ended: boolean;
  scale: ScaleData | null;
}) {
  const ft = useFeedbackT();
  const loaded = useApi((signal) => getDossierRatings(dossierId, signal), dossierId);
  const [data, setData] = useState<DossierRatingsData | null>(null);
  const [thanks, setThanks] = useState(false);
  useEffect(() => setData(loaded.data), [loaded.data]);
  if (loaded.error) return null;
  const slots = data?.slots.filter((s) => s.contactAt) ?? [];
  const waitingForResult = !ended && data?.slots.some((s) => s.contact === 'result' && !s.contactAt);
  if (data && slots.length === 0 && !waitingForResult) return null;
  return (
    <section className={pages.panel} aria-labelledby="rating-title">
      <h2 id="rating-title" className={pages.panelTitle}>
        {ft('fb.rate.title')}
      </h2>
      <Text size="sm" c="gray.7">
        {ft('fb.rate.lead')}
      </Text>
      {thanks ? (
        <Alert color="teal" variant="light" role="status" mt="sm">
          {ft('fb.rate.thanks')}
        </Alert>
      ) : null}
      {!data || !scale ? (
        <Skeleton height={120} mt="sm" />
      ) : (
        <div className={classes.slots}>
          {slots.map((slot) => (
            <SlotRating
              key={`${slot.contact}-${slot.current?.id ?? 'new'}`}
              dossierId={dossierId}
              slot={slot}
              scale={scale}
              onRated={(next) => {
                setData(next);
                setThanks(true);
              }}
            />
          ))}
          {waitingForResult ? (
            <Text size="sm" c="dimmed">
              {ft('fb.rate.waiting')}
            </Text>
          ) : null}
        </div>
      )}
    </section>
  );
}
