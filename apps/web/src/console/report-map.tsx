import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useEffect, useRef } from 'react';
import { mapTileUrl } from '../map-tile-url';

export interface MapPoint {
  id: string;
  lat: number;
  lng: number;
  title: string;
}

/** Reports as markers, centred on the first; a chunk of its own, and the list beside it says the same for keyboards. */
export default function ReportMap({ points, label }: { points: MapPoint[]; label: string }) {
  const element = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!element.current || points.length === 0) return;
    const map = L.map(element.current).setView([points[0].lat, points[0].lng], 16);
    const tiles = mapTileUrl();
    if (tiles) L.tileLayer(tiles, { maxZoom: 19 }).addTo(map);
    for (const point of points) {
      const marker = L.marker([point.lat, point.lng], {
        icon: L.divIcon({ className: 'report-marker', iconSize: [20, 20] }),
        title: point.title,
        alt: point.title,
      }).addTo(map);
      marker.getElement()?.setAttribute('data-report-id', point.id);
    }
    return () => void map.remove();
  }, [points]);

  return <div ref={element} className="report-map" role="region" aria-label={label} />;
}
