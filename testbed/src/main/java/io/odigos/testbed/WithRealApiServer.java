package io.odigos.testbed;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test class against a real kube-apiserver + etcd with the Odigos CRDs installed. Test
 * methods and lifecycle methods may take an {@link ApiServer} or a {@code KubernetesClient}
 * parameter.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(RealApiServerExtension.class)
public @interface WithRealApiServer {}
