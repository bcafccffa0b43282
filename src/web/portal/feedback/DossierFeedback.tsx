import { Button, Collapse } from '@mantine/core';
import { useState } from 'react';
import { useApi } from '../../api/useApi';
import pages from '../pages.module.css';
import { getScale } from './api';
import { ComplaintForm } from './ComplaintForm';
import { useFeedbackT } from './messages';
import { RatingPanel } from './RatingPanel';

/**
 * What the citizen may say about a dossier, on its page: the rating of each contact (once it happened)
 * and a complaint or suggestion to the agency handling it.
 */
const ENDED_WITHOUT_RESULT = new Set(['refused', 'withdrawn', 'stopped']);

export function DossierFeedback({
  dossier,
}: {
  dossier: { id: string; status: string; agency: { name: string } };
}) {
  const ft = useFeedbackT();
  const scale = useApi((signal) => getScale(signal), 'scale');
  const [open, setOpen] = useState(false);
  return (
    <>
      <RatingPanel
        dossierId={dossier.id}
        ended={ENDED_WITHOUT_RESULT.has(dossier.status)}
        scale={scale.data}
      />
      <section className={pages.panel} aria-labelledby="complaint-title">
        <h2 id="complaint-title" className={pages.panelTitle}>
          {ft('fb.complaint.title')}
        </h2>
        {open ? null : (
          <Button
            variant="light"
            onClick={() => setOpen(true)}
            aria-expanded={open}
            aria-controls="complaint-form"
          >
            {ft('fb.complaint.open')}
          </Button>
        )}
        <Collapse expanded={open} id="complaint-form">
          {open ? (
            <ComplaintForm dossier={{ id: dossier.id, agencyName: dossier.agency.name }} scale={scale.data} />
          ) : null}
        </Collapse>
      </section>
    </>
  );
}
