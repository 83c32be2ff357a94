import { useEffect, useState } from 'react';

export interface Position {
  lat: number;
  lng: number;
  source: 'device' | 'home';
}

/**
 * Where "near me" is: the phone's location when the person allows it, else the signed-in worker's stored home
 * (`fallback`), else nothing (the page says so).
 */
export function usePosition(wanted: boolean, fallback: { lat: number; lng: number } | null | undefined): { position: Position | null; denied: boolean } {
  const [device, setDevice] = useState<{ lat: number; lng: number } | null>(null);
  const [denied, setDenied] = useState(false);
  useEffect(() => {
    if (!wanted || device || !('geolocation' in navigator)) return;
    navigator.geolocation.getCurrentPosition(
      (p) => setDevice({ lat: p.coords.latitude, lng: p.coords.longitude }),
      () => setDenied(true),
      { maximumAge: 600_000, timeout: 8_000 },
    );
  }, [wanted, device]);
  if (!wanted) return { position: null, denied: false };
  if (device) return { position: { ...device, source: 'device' }, denied: false };
  if (fallback) return { position: { ...fallback, source: 'home' }, denied };
  return { position: null, denied };
}
