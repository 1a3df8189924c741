import { useEffect, useState, type ReactNode } from 'react';
import { useServices } from './services.ts';

/**
 * Prints a sheet through the browser's print dialog: the map is read into an image first
 * (MapController.snapshot), the sheet is put in the page, printed, and taken out again after
 * printing. The print style sheet shows the sheet alone (app.css, @media print).
 */
export function PrintButton({
  label,
  testId,
  children,
}: {
  label: string;
  testId: string;
  /** The sheet, given the map as an image (null when it could not be read). */
  children: (mapImage: string | null) => ReactNode;
}) {
  const services = useServices();
  const [sheet, setSheet] = useState<{ image: string | null } | null>(null);
  useEffect(() => {
    if (!sheet) return;
    const done = () => setSheet(null);
    window.addEventListener('afterprint', done, { once: true });
    // After the sheet is in the page (this effect runs once it is rendered).
    const timer = setTimeout(() => window.print(), 50);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('afterprint', done);
    };
  }, [sheet]);
  return (
    <>
      <button
        type="button"
        onClick={async () => {
          const image = (await services.map.current?.snapshot()) ?? null;
          setSheet({ image });
        }}
        data-testid={testId}
      >
        {label}
      </button>
      {sheet && children(sheet.image)}
    </>
  );
}
