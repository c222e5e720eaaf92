package graph

// payload returns p, or nil and err when the mutation failed, so a failed
// mutation never returns a half-filled payload.
func payload[P any](p *P, err error) (*P, error) {
	if err != nil {
		return nil, err
	}
	return p, nil
}
